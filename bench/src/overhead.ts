/**
 * Per-request overhead: the same `POST /emails` through bare fetch, bare openapi-fetch,
 * `@resendkit/client` (limiter off, retry on) and the official `resend` SDK, against a keep-alive
 * loopback server in a worker thread that answers at once (clients and timing in
 * overhead-clients.ts), then the CPU each spends per call with fetch stubbed (overhead-cpu.ts).
 */
import { Worker } from 'node:worker_threads';
import { type OverheadConfig, type OverheadRow, clients, interleave } from './overhead-clients.js';
import { measureCpuInChild } from './overhead-cpu.js';
import { round } from './stats.js';

export type { OverheadConfig, OverheadRow } from './overhead-clients.js';

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
  /** `@resendkit/client` ÷ bare openapi-fetch (target ≤ 1.10). */
  resendkitVsOpenapiFetch: number;
  /** `@resendkit/client` ÷ the official SDK (target ≤ 0.80). */
  resendkitVsSdk: number;
  /** `@resendkit/client` with limiter, retries, timeout and idempotency on ÷ the official SDK (target ≤ 0.80). */
  allOnVsSdk: number;
}

// Plain JS so the worker needs no TypeScript loader.
const SERVER_SOURCE = `
const { createServer } = require('node:http');
const { parentPort } = require('node:worker_threads');
let n = 0;
const server = createServer({ keepAliveTimeout: 60000 }, (req, res) => {
  req.resume();
  req.on('end', () => {
    const body = '{"id":"4ef9a417-02e9-4d39-ad75-9611e0fcc' + String(100 + (n++ % 900)) + '"}';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', (m) => { if (m === 'close') { server.closeAllConnections(); server.close(() => process.exit(0)); } });
`;

/** Starts the loopback server in a worker thread; resolves with its URL and a stop function. */
async function startLoopbackServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const worker = new Worker(SERVER_SOURCE, { eval: true });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await exited;
    },
  };
}

/** Runs the overhead comparison: over loopback, then CPU only with fetch stubbed. */
export async function measureOverhead(config: OverheadConfig): Promise<OverheadResult> {
  const server = await startLoopbackServer();
  let rows: OverheadRow[];
  try {
    rows = await interleave(clients(server.url, config.breakdown), config);
  } finally {
    await server.stop();
  }
  const cpuRows = await measureCpuInChild(config);
  const ratio = (list: OverheadRow[], a: number, b: number) => round((list[a] as OverheadRow).medianUs / (list[b] as OverheadRow).medianUs, 3);
  return {
    rows,
    resendkitVsOpenapiFetch: ratio(rows, 2, 1),
    resendkitVsSdk: ratio(rows, 2, 3),
    allOnVsSdk: ratio(rows, 5, 3),
    cpuRows,
    cpuResendkitVsOpenapiFetch: ratio(cpuRows, 2, 1),
    cpuResendkitVsSdk: ratio(cpuRows, 2, 3),
    cpuUntimedVsSdk: ratio(cpuRows, cpuRows.length - 1, 3),
  };
}
