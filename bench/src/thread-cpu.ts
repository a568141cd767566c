/**
 * Where a loopback request's CPU goes, thread by thread, in each runtime: `pnpm build`, then
 * `pnpm --filter @resendkit/bench exec tsx src/thread-cpu.ts [runtime…] [--fused] [--no-stub]`
 * (runtimes named as in the overhead table's first column, e.g. `Bun Deno "Node 26"`; all of them by
 * default). Linux only: it reads `/proc`. The overhead suite's `process.cpuUsage()` sums every thread;
 * this splits the sum. After the suite's warm-up it measures an "early" phase, then, 20,000 requests
 * later, "steady" ones. `--fused` adds the probe of `fused-send.ts`; `--no-stub` skips the stub part
 * of the warm-up. Prints a markdown table; bench/README.md, "Thread by thread", has its findings.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startLoopbackServer } from './loopback-server.js';
import { bundleScript, eachTarget, runReporting, runtimeTargets, withBundles } from './overhead-runtimes.js';
import { median } from './stats.js';
import { cpuWarmup } from './cpu-rounds.js';
import {
  THREAD_CPU_PREFIX,
  type PhaseFigures,
  type ThreadCpuOptions,
  type ThreadCpuReport,
} from './thread-cpu-report.js';

/** As the overhead suite warms up (on Bun and Deno `cpuWarmup` of its 3,000-call rounds against the stub, then 2,000 loopback requests everywhere); `--no-stub` skips the stub part. */
const OPTIONS: ThreadCpuOptions = {
  fused: process.argv.includes('--fused'),
  stubWarmup: process.argv.includes('--no-stub') ? 0 : cpuWarmup(3_000),
  warmup: 2_000,
  requests: 10_000,
  settle: 20_000,
  steadyPhases: 3,
};

/**
 * Threads by name: the JS thread (Bun's, Deno's, Node 24's `MainThread`, Node 26's `node-MainThread`), the runtime's own network
 * thread (Bun's HTTP client, Deno's tokio workers), and the engine's compiler and garbage-collector
 * helpers. Node 20 and 22 name every thread `node`: their figures are all in the JS column.
 */
const KINDS: [RegExp, string][] = [
  [/^(bun|bun\.exe|deno|MainThread|node|node-MainThread)$/, 'JS'],
  [/^(HTTP Client|tokio-runtime-w)/, 'net'],
  [/^(JITWorker|HeapHelper|V8Worker|node-V8Worker|V8 DefaultWorke)/, 'engine'],
];

/** One phase's figures as table cells: wall µs, then CPU µs by thread kind. */
function cells(figures: PhaseFigures, runtime: string): string[] {
  const byKind: Record<string, number> = {};
  for (const [name, us] of Object.entries(figures.threadsUs)) {
    const kind = KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
    byKind[kind] = (byKind[kind] ?? 0) + us;
  }
  const show = (kind: string) => (byKind[kind] ?? 0).toFixed(1);
  return [runtime, figures.wallUs.toFixed(1), show('JS'), show('net'), show('engine'), show('other')];
}

/** The clients' names in the table. */
const SHORT_NAMES: Record<string, string> = {
  '↳ resendkit.emails.send, limiter + retries + timeout + idempotency on': 'resendkit, all on',
  'resend SDK': 'SDK',
  'bare openapi-fetch': 'openapi-fetch',
};

/** The median phase of `phases` by wall time. */
function medianPhase(phases: PhaseFigures[]): PhaseFigures {
  const mid = median(phases.map((p) => p.wallUs));
  return phases.reduce((best, p) => (Math.abs(p.wallUs - mid) < Math.abs(best.wallUs - mid) ? p : best));
}

if (!existsSync('/proc/self/task')) {
  console.error('thread-cpu reads per-thread CPU time from /proc: it runs on Linux only.');
  process.exit(1);
}
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// Deno reads /proc only with every permission.
const targets = runtimeTargets()
  .filter((t) => wanted.length === 0 || wanted.some((w) => t.runtime.startsWith(w)))
  .map((t) => (t.runtime === 'Deno' ? { ...t, args: ['run', '--allow-all'] } : t));
const server = await startLoopbackServer();
try {
  const child = fileURLToPath(new URL('./thread-cpu-child.ts', import.meta.url));
  const reports = await withBundles(
    'thread-cpu',
    targets,
    (dir) => bundleScript(dir, 'thread-cpu-child.mjs', { file: child }, 'dist'),
    (script) =>
      eachTarget(
        targets,
        (target) =>
          runReporting<ThreadCpuReport>(
            target,
            script,
            [server.url, JSON.stringify(OPTIONS)],
            THREAD_CPU_PREFIX,
            600_000,
          ).then((report) => ({ ...report, runtime: target.runtime })),
        (line) => console.error(line),
      ),
  );
  console.log('| Runtime, client, phase | Wall µs | JS thread | Network thread | Compiler, GC threads | Other |');
  console.log('|---|---|---|---|---|---|');
  for (const report of reports) {
    if ('error' in report && report.error) {
      console.log(`| ${report.runtime} | ${report.error} | | | | |`);
      continue;
    }
    for (const client of (report as Extract<ThreadCpuReport, { clients: unknown }>).clients) {
      console.log(
        `| ${cells(client.early, `${report.runtime}, ${SHORT_NAMES[client.name] ?? client.name}, early`).join(' | ')} |`,
      );
      console.log(
        `| ${cells(medianPhase(client.steady), `${report.runtime}, ${SHORT_NAMES[client.name] ?? client.name}, steady`).join(' | ')} |`,
      );
    }
  }
} finally {
  await server.stop();
}
