/**
 * Garbage per call: what each client allocates for one `emails.send` with `fetch` stubbed, collected
 * or not, read with V8's sampling heap profiler in a fresh process per runtime that has it (Node 20,
 * 22, 24, 26 and Deno; Bun's engine has no such profiler). Over a real connection the garbage a call
 * leaves costs several times more than against the stub (bench/README.md, "Bun and Deno over the
 * loopback"): this is the figure to watch beside CPU per call.
 */
import { fileURLToPath } from 'node:url';
import { CHILD_CLIENTS } from './overhead-runtime-report.js';
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
import { GARBAGE_REPORT_PREFIX, type GarbageReport, type GarbageRow, STUB_ONLY } from './garbage-report.js';

/** Parameters of the garbage suite. */
export interface GarbageConfig {
  /** Calls per client to warm up, then as many under the profiler. */
  calls: number;
}

/** The suite's figures: a row per runtime. */
export interface GarbageResult {
  calls: number;
  rows: GarbageRow[];
}

const CHILD_SOURCE = fileURLToPath(new URL('./garbage-child.ts', import.meta.url));

/** Options of {@link measureGarbage}: what the harness test narrows. */
export interface GarbageOptions {
  targets?: RuntimeTarget[];
  source?: PackageSource;
  log?: (line: string) => void;
}

/** The runtimes with V8's heap profiler: the overhead table's, Bun left out with a line saying why. */
function garbageTargets(): RuntimeTarget[] {
  return runtimeTargets().map((target) =>
    target.runtime === 'Bun'
      ? { runtime: 'Bun', args: [], missing: "Bun's engine (JavaScriptCore) has no V8 heap profiler" }
      : target,
  );
}

/** A child's report as a row. */
function rowOf(target: RuntimeTarget, report: GarbageReport): GarbageRow {
  if ('error' in report) return { runtime: target.runtime, error: report.error };
  const [resendkit, sdk, openapi] = CHILD_CLIENTS.map((name) => report.bytes[name]);
  return {
    runtime: target.runtime,
    version: report.runtime,
    resendkitBytes: resendkit,
    sdkBytes: sdk,
    openapiFetchBytes: openapi,
    stubBytes: report.bytes[STUB_ONLY],
  };
}

/** Runs the garbage child in each runtime, one after another. */
export async function measureGarbage(config: GarbageConfig, options: GarbageOptions = {}): Promise<GarbageResult> {
  const { targets = garbageTargets(), source = 'dist', log = () => undefined } = options;
  const measure = async (target: StartedTarget, script: string) =>
    rowOf(
      target,
      await runReporting<GarbageReport>(target, script, ['garbage', String(config.calls)], GARBAGE_REPORT_PREFIX),
    );
  const rows = await withBundles(
    'garbage',
    targets,
    (dir) => bundleScript(dir, 'garbage-child.mjs', { file: CHILD_SOURCE }, source),
    (script) => eachTarget(targets, (target) => measure(target, script), log),
  );
  return { calls: config.calls, rows };
}
