/**
 * Start-up: what a fresh process pays before its first email, as a serverless function's cold start or
 * a script does. Per runtime of the table (runtimeTargets), fresh processes each load one library from
 * an esbuild bundle (as a deployed function would), make one client and send one `POST /emails` to
 * the suite's loopback server, then make 20 more clients. From the runtime's own clock (ms since the
 * process started): `ready`, when the bundle has loaded (the runtime's boot included); `first`, the
 * first client's creation and its request; and making a client, the first one and a later one. Bare
 * `fetch` imports nothing: its `ready` is the runtime's boot, and a library's import cost is its
 * `ready` minus that. The libraries take turns, process by process, rotating who goes first; each
 * figure is the median over the processes.
 */
import { startLoopbackServer } from './loopback-server.js';
import {
  type PackageSource,
  type RuntimeTarget,
  type StartedTarget,
  bundleScript,
  eachTarget,
  runReporting,
  runtimeTargets,
  withBundles,
} from './overhead-runtimes.js';
import { median, round } from './stats.js';

/** Parameters of the start-up suite. */
export interface StartupConfig {
  /** Fresh processes per library and runtime. */
  processes: number;
}

/** The line prefix a start-up process prints its figures after. */
const STARTUP_PREFIX = 'RESENDKIT_BENCH_STARTUP ';

/** The libraries compared, in the table's order. */
export const STARTUP_LIBRARIES = ['bare fetch', 'resendkit', 'resend SDK', 'openapi-fetch'] as const;
export type StartupLibrary = (typeof STARTUP_LIBRARIES)[number];

const KEY = 're_bench_0123456789abcdef';

/** Each library's script: its import, `make`, which makes a client for `url`, and `send`, which sends one email with it. */
const SCRIPTS: Record<StartupLibrary, string> = {
  'bare fetch': `const make = (url: string) => url;
const send = async (url: string) => {
  const res = await fetch(url + '/emails', { method: 'POST', headers: { authorization: 'Bearer ${KEY}', 'content-type': 'application/json' }, body: JSON.stringify(EMAIL) });
  return { data: (await res.json()) as { id?: string } };
};`,
  resendkit: `import { createResendClient } from '@resendkit/client';
const make = (url: string) => createResendClient({ apiKey: '${KEY}', baseUrl: url });
const send = (client: ReturnType<typeof make>) => client.emails.send(EMAIL);`,
  'resend SDK': `import { Resend } from 'resend';
const make = (url: string) => new Resend('${KEY}', { baseUrl: url });
const send = (client: ReturnType<typeof make>) => client.emails.send(EMAIL);`,
  'openapi-fetch': `import createClient from 'openapi-fetch';
const make = (url: string) => createClient<never>({ baseUrl: url, headers: { authorization: 'Bearer ${KEY}' } });
const send = (client: ReturnType<typeof make>) => client.POST('/emails' as never, { body: EMAIL } as never) as Promise<{ data?: { id?: string } }>;`,
};

/** Clients made after the first request, for the figure of a client made in a process already warm. */
const LATER_CLIENTS = 20;

/**
 * The whole script of `library`: its import is hoisted above the first line, so `ready` follows the
 * load. It reads its argument and exits through `Deno` there: on Deno the first touch of `process`
 * loads the Node compatibility layer (~11 ms), which would be charged to every library alike.
 */
function scriptOf(library: StartupLibrary): string {
  return `${SCRIPTS[library]}
declare const Deno: { args: string[]; exit(code: number): never } | undefined;
const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
const ready = performance.now();
const url = (typeof Deno === 'object' ? Deno.args : process.argv).at(-1) as string;
const start = performance.now();
const client = make(url);
const create = performance.now() - start;
const { data } = (await send(client)) as { data?: { id?: string } };
const first = performance.now() - start;
if (!data?.id) throw new Error('no id in the answer');
const later: number[] = [];
for (let i = 0; i < ${LATER_CLIENTS}; i++) {
  const at = performance.now();
  make(url);
  later.push(performance.now() - at);
}
const again = later.sort((a, b) => a - b)[${LATER_CLIENTS / 2}];
console.log('${STARTUP_PREFIX}' + JSON.stringify({ ready, create, first, again }));
// Keep-alive sockets to the loopback server would keep some runtimes alive.
if (typeof Deno === 'object') Deno.exit(0);
process.exit(0);
`;
}

/** One library's medians in one runtime, in ms. */
export interface StartupFigures {
  /** From process start until the bundle has loaded. */
  readyMs: number;
  /** Making the client and its first request. */
  firstMs: number;
  /** Making the first client (part of `first`). */
  createMs: number;
  /** Making a client once the process has sent (median of 20): what a client made per request costs. */
  againMs: number;
  /** `ready` + `first`: process start to the first answer. */
  totalMs: number;
  /** `ready` minus bare fetch's (the library's load); 0 for bare fetch. */
  importMs: number;
}

/** One runtime's row: each library's figures, or why it was not measured. */
export interface StartupRow {
  runtime: string;
  libraries?: Partial<Record<StartupLibrary, StartupFigures>>;
  error?: string;
}

/** The suite's results. */
export interface StartupResult {
  processes: number;
  rows: StartupRow[];
}

type Sample = { ready: number; create: number; first: number; again: number };

/** `processes` rounds of one process per library (rotating who goes first); medians per library. */
async function measureTarget(
  target: StartedTarget,
  scripts: Record<StartupLibrary, string>,
  url: string,
  processes: number,
): Promise<StartupRow> {
  const samples = new Map<StartupLibrary, Sample[]>(STARTUP_LIBRARIES.map((l) => [l, []]));
  for (let turn = 0; turn < processes; turn++) {
    const order = STARTUP_LIBRARIES.map((_, i) => STARTUP_LIBRARIES[(i + turn) % STARTUP_LIBRARIES.length]!);
    for (const library of order) {
      const report = await runReporting<Sample>(target, scripts[library], [library, url], STARTUP_PREFIX, 30_000);
      if ('error' in report) return { runtime: target.runtime, error: `${library}: ${report.error}` };
      samples.get(library)!.push(report);
    }
  }
  const boot = median(samples.get('bare fetch')!.map((s) => s.ready));
  const libraries: Partial<Record<StartupLibrary, StartupFigures>> = {};
  for (const [library, list] of samples) {
    const readyMs = median(list.map((s) => s.ready));
    const firstMs = median(list.map((s) => s.first));
    libraries[library] = {
      readyMs: round(readyMs, 1),
      firstMs: round(firstMs, 1),
      createMs: round(median(list.map((s) => s.create)), 2),
      againMs: round(median(list.map((s) => s.again)), 3),
      totalMs: round(median(list.map((s) => s.ready + s.first)), 1),
      importMs: round(library === 'bare fetch' ? 0 : readyMs - boot, 1),
    };
  }
  return { runtime: target.runtime, libraries };
}

/** Options of {@link measureStartup}: what its test narrows. */
export interface StartupOptions {
  targets?: RuntimeTarget[];
  source?: PackageSource;
  log?: (line: string) => void;
}

/** Every runtime of the table, one after another, against one loopback server. */
export async function measureStartup(config: StartupConfig, options: StartupOptions = {}): Promise<StartupResult> {
  const { targets = runtimeTargets(), source = 'dist', log = () => undefined } = options;
  const bundle = async (dir: string) => {
    const scripts = {} as Record<StartupLibrary, string>;
    for (const [i, library] of STARTUP_LIBRARIES.entries())
      scripts[library] = await bundleScript(dir, `startup-${i}.mjs`, { contents: scriptOf(library) }, source, {
        requireShim: false,
      });
    return scripts;
  };
  const rows = await withBundles('startup', targets, bundle, async (scripts) => {
    const server = await startLoopbackServer();
    try {
      return await eachTarget(targets, (target) => measureTarget(target, scripts, server.url, config.processes), log);
    } finally {
      await server.stop();
    }
  });
  return { processes: config.processes, rows };
}
