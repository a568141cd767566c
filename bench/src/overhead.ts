/**
 * Per-request overhead: the same `POST /emails` through bare fetch, bare openapi-fetch,
 * `@resendkit/client` (limiter off, retry on) and the official `resend` SDK, against a keep-alive
 * loopback server in a worker thread that answers at once (clients and timing in
 * overhead-clients.ts), then the CPU each spends per call with fetch stubbed (overhead-cpu.ts), then
 * both again in every runtime (overhead-runtimes.ts).
 */
import { startLoopbackServer } from './loopback-server.js';
import { type OverheadConfig, type OverheadRow, clients, interleave } from './overhead-clients.js';
import { measureCpuInChild } from './overhead-cpu.js';
import type { RuntimeOverheadRow } from './overhead-runtime-report.js';
import { measureRuntimes } from './overhead-runtimes.js';
import { round } from './stats.js';

export type { OverheadConfig, OverheadRow } from './overhead-clients.js';
export type { RuntimeOverheadRow } from './overhead-runtime-report.js';

/** What {@link measureOverhead} reports. */
export interface OverheadResult {
  rows: OverheadRow[];
  /**
   * The same clients with `globalThis.fetch` stubbed to answer at once, in a process of their own: the CPU each
   * client spends per call, without the loopback's noise (which swings ±100 µs between runs on a
   * 2-core machine).
   */
  cpuRows: OverheadRow[];
  /** CPU only: `@resendkit/client` ÷ bare openapi-fetch. */
  cpuResendkitVsOpenapiFetch: number;
  /** CPU only: `@resendkit/client` ÷ the official SDK. */
  cpuResendkitVsSdk: number;
  /** CPU only: `@resendkit/client` with `timeoutMs: 0` ÷ the official SDK (which has no time limit). */
  cpuUntimedVsSdk: number;
  /** CPU only: everything on with telemetry to no-op providers ÷ everything on without telemetry (target ≤ 1.10). */
  cpuTelemetryVsOff?: number;
  /** `@resendkit/client` ÷ bare openapi-fetch (target ≤ 1.10). */
  resendkitVsOpenapiFetch: number;
  /** `@resendkit/client` ÷ the official SDK (target ≤ 0.80). */
  resendkitVsSdk: number;
  /** `@resendkit/client` with limiter, retries, timeout and idempotency on ÷ the official SDK (target ≤ 0.80). */
  allOnVsSdk: number;
  /**
   * Per runtime (the machine's Node, Node 22/24/26, Bun, Deno; overhead-runtimes.ts): resendkit with
   * everything on ÷ the SDK and ÷ bare openapi-fetch, over loopback and CPU only. Absent when
   * `config.runtimes` is.
   */
  runtimes?: RuntimeOverheadRow[];
}

/** Runs the overhead comparison: over loopback, then CPU only with fetch stubbed. */
export async function measureOverhead(
  config: OverheadConfig,
  log: (line: string) => void = () => undefined,
): Promise<OverheadResult> {
  const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    log(`  ${what}: done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return result;
  };
  const server = await startLoopbackServer();
  let rows: OverheadRow[];
  try {
    rows = await timed('loopback, in this process', () => interleave(clients(server.url, config.breakdown), config));
  } finally {
    await server.stop();
  }
  const cpuRows = await timed('client CPU, forked process', () => measureCpuInChild(config));
  const runtimes = config.runtimes ? await measureRuntimes(config.runtimes, { log }) : undefined;
  const ratio = (list: OverheadRow[], a: number, b: number) =>
    round((list[a] as OverheadRow).medianUs / (list[b] as OverheadRow).medianUs, 3);
  return {
    rows,
    resendkitVsOpenapiFetch: ratio(rows, 2, 1),
    resendkitVsSdk: ratio(rows, 2, 3),
    allOnVsSdk: ratio(rows, 5, 3),
    cpuRows,
    cpuResendkitVsOpenapiFetch: ratio(cpuRows, 2, 1),
    cpuResendkitVsSdk: ratio(cpuRows, 2, 3),
    cpuUntimedVsSdk: ratio(cpuRows, cpuRows.length - 1, 3),
    cpuTelemetryVsOff: ratio(cpuRows, cpuRows.length - 2, 5),
    ...(runtimes && { runtimes }),
  };
}
