/**
 * The small entry files that run runtime-matrix/scenario.mjs in each runtime: a script that prints
 * its report (Node, Bun, Deno), a module worker (workerd) and a fetch-event script (edge-runtime),
 * for either target — the packed `resendkit-mock` server or the fake in-process.
 */
import { build } from 'esbuild';

/** What a cell's scenario talks to. */
export type Target = { kind: 'server'; baseUrl: string } | { kind: 'fake' };

/** How the entry hands its report over. */
export type EntryShape = 'script' | 'module-worker' | 'fetch-event';

/** The report the scenario returns (see runtime-matrix/scenario.mjs). */
export interface ScenarioReport {
  ok: boolean;
  steps: string[];
  failed?: string;
  message?: string;
}

/** The line prefix a script entry prints its JSON report after. */
export const REPORT_PREFIX = 'RESENDKIT_MATRIX_REPORT ';

/**
 * Code that defines `run()`, resolving with a ScenarioReport for `target` without the steps in `skip`;
 * `bundled` tells the scenario that packages cannot be imported by a name computed at run time.
 */
function runFunction(target: Target, skip: string[], bundled: boolean): string {
  const options = `skip: ${JSON.stringify(skip)}, bundled: ${bundled}`;
  if (target.kind === 'server')
    return `const run = () => runScenario({ baseUrl: ${JSON.stringify(target.baseUrl)}, ${options} });`;
  // The fake is loaded inside run() so that a fake that cannot load is reported as its own step.
  return `async function run() {
  let fake;
  try {
    const { createFakeResend } = await import('@resendkit/mock');
    fake = createFakeResend({ rateLimit: false });
  } catch (error) {
    return { ok: false, steps: [], failed: 'load @resendkit/mock', message: String(error && error.stack || error) };
  }
  return runScenario({ fetch: fake.fetch, ${options} });
}`;
}

const hand: Record<EntryShape, string> = {
  script: `const report = await run().catch((error) => ({ ok: false, steps: [], failed: 'scenario', message: String(error) }));
console.log(${JSON.stringify(REPORT_PREFIX)} + JSON.stringify(report));`,
  'module-worker': `export default { fetch: () => run().then((report) => Response.json(report)) };`,
  'fetch-event': `addEventListener('fetch', (event) => event.respondWith(run().then((report) => Response.json(report))));`,
};

/** The entry's source; it sits beside scenario.mjs. */
export function entrySource(target: Target, shape: EntryShape, skip: string[] = []): string {
  return `import { runScenario } from './scenario.mjs';\n${runFunction(target, skip, shape !== 'script')}\n${hand[shape]}\n`;
}

/** esbuild settings of the two bundled runtimes (the conditions their own tooling uses). */
export const bundleTargets = {
  workerd: { conditions: ['workerd', 'worker', 'browser'], format: 'esm' },
  // Next.js builds edge code with `edge-light` and the web defaults, without `worker`: React's
  // packages map `worker` to their browser server build, which needs the MessageChannel edge lacks.
  'edge-runtime': { conditions: ['edge-light', 'browser'], format: 'iife' },
} as const;

/**
 * Bundles `entry` (resolving packages from `cwd`'s node_modules) for workerd or edge-runtime, with no
 * Node built-ins available. As wrangler does, the platform is esbuild's `browser`, so a package's
 * `browser` field swaps its Node files for web ones (OpenTelemetry's platform modules), and
 * `process.env.NODE_ENV` is replaced, since React reads it and neither runtime has a `process`.
 * Resolves with the code, or rejects with esbuild's messages.
 */
export async function bundleFor(runtime: keyof typeof bundleTargets, entry: string, cwd: string): Promise<string> {
  const { conditions, format } = bundleTargets[runtime];
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: cwd,
    bundle: true,
    write: false,
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    conditions: [...conditions],
    format,
    define: { 'process.env.NODE_ENV': '"production"' },
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
