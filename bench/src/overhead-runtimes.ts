/**
 * Per-runtime overhead: the machine's Node, Node 22/24/26 (scripts/nodes), Bun and Deno (root
 * devDependencies) each run one script (overhead-runtime-child.ts, bundled by esbuild with the built
 * `packages/*\/dist`) twice, in fresh processes: loopback `POST /emails` against the suite's keep-alive
 * server, then client CPU per call with fetch stubbed. resendkit (limiter, retries, timeout and
 * idempotency on) against the official SDK and bare openapi-fetch, interleaved rounds, medians.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { NODE_MAJORS, missingNode, nodeBinary } from '../../scripts/nodes/binary.mjs';
import { startLoopbackServer } from './loopback-server.js';
import type { OverheadRow, RuntimeRounds } from './overhead-clients.js';
import {
  type ChildReport,
  RUNTIME_REPORT_PREFIX,
  type RuntimeFigures,
  type RuntimeOverheadRow,
} from './overhead-runtime-report.js';
import { round } from './stats.js';

/** The repository's root: bench/src is two folders below it. */
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHILD_SOURCE = fileURLToPath(new URL('./overhead-runtime-child.ts', import.meta.url));

/** How long one child process may run before it is killed and its runtime reported as failed. */
const CHILD_TIMEOUT_MS = 90_000;

/** A runtime to measure: how to start it, or why it cannot be. */
export interface RuntimeTarget {
  runtime: string;
  /** The executable; absent (with `missing` set) when it is not installed. */
  command?: string;
  /** Arguments before the script's path. */
  args: string[];
  missing?: string;
  /** Measured over the loopback only: its CPU row, with `fetch` stubbed, would repeat another's. */
  loopbackOnly?: boolean;
}

/**
 * Loaded with `--import` before the script: wraps `globalThis.fetch` as instrumentation does, so on
 * Node the client takes the `fetch` path, the one an undici it does not know would also send it down.
 */
export const WRAPPED_FETCH = `data:text/javascript,${encodeURIComponent(
  'const own = globalThis.fetch; globalThis.fetch = (input, init) => own(input, init);',
)}`;

/** The runtimes of the table, in its order; a binary not installed becomes a target with `missing`. */
export function runtimeTargets(root = REPO_ROOT): RuntimeTarget[] {
  const installed = (runtime: string, command: string, args: string[], missing: string): RuntimeTarget =>
    existsSync(command) ? { runtime, command, args } : { runtime, args, missing };
  const npmBinary = (pkg: string) =>
    `${pkg} missing: run \`pnpm install\` (the root devDependency ${pkg}'s postinstall puts its binary in node_modules/${pkg}).`;
  return [
    { runtime: `Node ${process.versions.node.split('.')[0]} (machine)`, command: process.execPath, args: [] },
    ...NODE_MAJORS.map((major): RuntimeTarget => {
      const binary = nodeBinary(major);
      return binary
        ? { runtime: `Node ${major}`, command: binary, args: [] }
        : { runtime: `Node ${major}`, args: [], missing: missingNode(major) };
    }),
    installed('Bun', join(root, 'node_modules/bun/bin/bun.exe'), [], npmBinary('bun')),
    // Network to reach the loopback server; env and sys for process.env and process.cpuUsage.
    installed(
      'Deno',
      join(root, 'node_modules/deno/deno'),
      ['run', '--allow-net', '--allow-read', '--allow-env', '--allow-sys'],
      npmBinary('deno'),
    ),
  ];
}

/**
 * The overhead table's runtimes: {@link runtimeTargets}, and after them the newest Node line again
 * with its `fetch` wrapped ({@link WRAPPED_FETCH}), over the loopback only.
 */
export function overheadTargets(root = REPO_ROOT): RuntimeTarget[] {
  const targets = runtimeTargets(root);
  const newest = targets.find((t) => t.runtime === `Node ${NODE_MAJORS.at(-1)}`);
  if (!newest) return targets;
  const wrapped: RuntimeTarget = {
    ...newest,
    runtime: `${newest.runtime}, fetch wrapped`,
    args: [...newest.args, '--import', WRAPPED_FETCH],
    loopbackOnly: true,
  };
  return [...targets, wrapped];
}

/**
 * Where `@resendkit/*` come from in the bundle: `dist` (the built packages, what users install; needs
 * `pnpm build`) or `src` (the workspace's sources, for the harness test, which runs before any build).
 */
export type PackageSource = 'dist' | 'src';

/** Points `@resendkit/client` and `@resendkit/types` at their built ESM entries. */
function builtPackages(root: string): Plugin {
  return {
    name: 'resendkit-dist',
    setup(b) {
      b.onResolve({ filter: /^@resendkit\/(client|types)$/ }, (args) => ({
        path: join(root, `packages/${args.path.slice('@resendkit/'.length)}/dist/index.js`),
      }));
    },
  };
}

/** A script to bundle: a file, or source text resolved from the bench folder. */
export type ScriptEntry = { file: string } | { contents: string };

/**
 * Bundles `entry` into `dir/name` for every runtime of the table (ES module, Node built-ins kept);
 * returns its path, or throws one line saying what is missing.
 */
export async function bundleScript(
  dir: string,
  name: string,
  entry: ScriptEntry,
  source: PackageSource,
  { root = REPO_ROOT, requireShim = true }: { root?: string; requireShim?: boolean } = {},
): Promise<string> {
  if (source === 'dist') {
    for (const pkg of ['client', 'types']) {
      if (!existsSync(join(root, `packages/${pkg}/dist/index.js`)))
        throw new Error(`packages/${pkg}/dist missing: run \`pnpm build\` first.`);
    }
  }
  const outfile = join(dir, name);
  await build({
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents, resolveDir: join(REPO_ROOT, 'bench/src'), loader: 'ts' as const } }),
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    // The SDK's optional peer for React emails is never loaded by these sends.
    external: ['@react-email/render'],
    plugins: source === 'dist' ? [builtPackages(root)] : [],
    // CommonJS dependencies inside an ES module bundle still call require. Without need, left out: on
    // Deno, importing a `node:` module loads the Node compatibility layer at start-up.
    ...(requireShim
      ? {
          banner: {
            js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
          },
        }
      : {}),
  });
  return outfile;
}

/** Bundles the overhead child script into `dir`; returns its path, or throws one line saying what is missing. */
export function bundleChild(dir: string, source: PackageSource, root = REPO_ROOT): Promise<string> {
  return bundleScript(dir, 'overhead-child.mjs', { file: CHILD_SOURCE }, source, { root });
}

/**
 * Runs `script` once in `target` with `args` and resolves with the JSON it printed after `prefix`;
 * a crash, a timeout or a missing report becomes `{ runtime, error }` (one line).
 */
export function runReporting<T>(
  target: StartedTarget,
  script: string,
  args: string[],
  prefix: string,
  timeoutMs = CHILD_TIMEOUT_MS,
): Promise<T | { runtime: string; error: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
    const child = spawn(target.command, [...target.args, script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const fail = (error: string) => resolve({ runtime: target.runtime, error });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(`could not start ${target.command}: ${error.message}`);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith(prefix));
      if (line) return resolve(JSON.parse(line.slice(prefix.length)) as T);
      const why = timedOut ? `no report within ${timeoutMs} ms` : `exited (${signal ?? code}) without a report`;
      fail(`${args[0]}: ${why}; stderr: ${stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`);
    });
  });
}

/** Runs the overhead child once in `target`; a crash, a timeout or a missing report becomes `{ error }`. */
export function runChild(
  target: StartedTarget,
  script: string,
  mode: 'loopback' | 'cpu',
  url: string,
  rounds: RuntimeRounds,
  timeoutMs = CHILD_TIMEOUT_MS,
): Promise<ChildReport> {
  return runReporting<ChildReport>(
    target,
    script,
    [mode, url, JSON.stringify(rounds)],
    RUNTIME_REPORT_PREFIX,
    timeoutMs,
  );
}

/** A report's rows (resendkit, SDK, openapi-fetch) as figures and ratios. */
function figures(report: { rows: OverheadRow[] }): RuntimeFigures {
  const [resendkit, sdk, openapi] = report.rows.map((r) => r.medianUs) as [number, number, number];
  const rounds = report.rows[0]?.roundsUs.length ?? 0;
  return {
    resendkitUs: resendkit,
    sdkUs: sdk,
    openapiFetchUs: openapi,
    vsSdk: round(resendkit / sdk, 3),
    vsOpenapiFetch: round(resendkit / openapi, 3),
    rounds,
  };
}

/** Both processes of one runtime (loopback, then CPU); a failed part leaves its error on the row. */
async function measureRuntime(
  started: StartedTarget,
  script: string,
  url: string,
  rounds: RuntimeRounds,
  timeoutMs?: number,
): Promise<RuntimeOverheadRow> {
  const row: RuntimeOverheadRow = { runtime: started.runtime };
  const errors: string[] = [];
  for (const mode of started.loopbackOnly ? (['loopback'] as const) : (['loopback', 'cpu'] as const)) {
    const report = await runChild(started, script, mode, url, rounds, timeoutMs);
    if ('error' in report) {
      errors.push(`${mode}: ${report.error}`);
      continue;
    }
    row.version = report.runtime;
    if (mode === 'loopback')
      row.loopback = { ...figures(report), ...(report.transport && { transport: report.transport }) };
    else row.cpu = { ...figures(report), clock: report.clock };
  }
  if (errors.length > 0) row.error = errors.join('; ');
  return row;
}

/** Options of {@link measureRuntimes}: what the harness test narrows. */
export interface RuntimesOptions {
  targets?: RuntimeTarget[];
  source?: PackageSource;
  log?: (line: string) => void;
  timeoutMs?: number;
}

/** A runtime of the table with its binary at hand. */
export type StartedTarget = RuntimeTarget & { command: string };

/** A row with no figures: why the runtime was not measured. */
export interface UnmeasuredRow {
  runtime: string;
  error: string;
}

/**
 * `measure` run for each of `targets`, one after another: a target without its binary gets the line
 * saying how to install it instead, and `log` tells each one's time or error.
 */
export async function eachTarget<R extends { runtime: string; error?: string }>(
  targets: readonly RuntimeTarget[],
  measure: (target: StartedTarget) => Promise<R>,
  log: (line: string) => void,
): Promise<(R | UnmeasuredRow)[]> {
  const rows: (R | UnmeasuredRow)[] = [];
  for (const target of targets) {
    const start = performance.now();
    const row = target.command
      ? await measure({ ...target, command: target.command })
      : { runtime: target.runtime, error: target.missing ?? `${target.runtime}: no binary` };
    const took = `${((performance.now() - start) / 1000).toFixed(1)} s`;
    log(row.error ? `  ${row.runtime} (${took}): ${row.error}` : `  ${row.runtime}: done in ${took}`);
    rows.push(row);
  }
  return rows;
}

/**
 * `use` run with the scripts `bundle` writes into a temporary folder (removed after); when bundling
 * fails, every target gets its first line as its error instead.
 */
export async function withBundles<S, R>(
  name: string,
  targets: readonly RuntimeTarget[],
  bundle: (dir: string) => Promise<S>,
  use: (scripts: S) => Promise<R[]>,
): Promise<(R | UnmeasuredRow)[]> {
  const dir = await mkdtemp(join(tmpdir(), `resendkit-bench-${name}-`));
  try {
    let scripts: S;
    try {
      scripts = await bundle(dir);
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error);
      return targets.map((t) => ({ runtime: t.runtime, error: message }));
    }
    return await use(scripts);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every runtime of {@link overheadTargets}, one after another, against one loopback server. */
export async function measureRuntimes(
  rounds: RuntimeRounds,
  options: RuntimesOptions = {},
): Promise<RuntimeOverheadRow[]> {
  const { targets = overheadTargets(), source = 'dist', log = () => undefined, timeoutMs } = options;
  return withBundles(
    'runtimes',
    targets,
    (dir) => bundleChild(dir, source),
    async (script) => {
      const server = await startLoopbackServer();
      try {
        return await eachTarget(
          targets,
          (target) => measureRuntime(target, script, server.url, rounds, timeoutMs),
          log,
        );
      } finally {
        await server.stop();
      }
    },
  );
}
