/**
 * Client CPU per call: the overhead suite's clients against a `globalThis.fetch` stub that answers
 * at once, in-process. `measureCpuInChild` runs it in a process of its own, so the JIT state and heap
 * the loopback rounds leave behind (other code paths, other object shapes) do not weigh on it.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createResendClient } from '@resendkit/client';
import { stubFetch } from './fetch-stub.js';
import { noopTelemetry } from './noop-telemetry.js';
import { API_KEY, EMAIL, type OverheadConfig, type OverheadRow, clients, interleave } from './overhead-clients.js';
import { CPU_CALLS_PER_REQUEST, cpuWarmup } from './cpu-rounds.js';

const CHILD = fileURLToPath(new URL('./overhead-cpu-child.ts', import.meta.url));

/** The same clients against a `globalThis.fetch` stub that answers at once, in-process. */
export async function measureCpu(config: OverheadConfig): Promise<OverheadRow[]> {
  const restore = stubFetch();
  try {
    // Clients are built while the stub is installed: openapi-fetch captures fetch at creation.
    const list = clients('http://127.0.0.1:9', false);
    // Telemetry on, to providers that record nothing: what the observer's layers and the spans cost.
    const observed = createResendClient({
      apiKey: API_KEY,
      baseUrl: 'http://127.0.0.1:9',
      rateLimit: { limit: 1_000_000, windowMs: 10 },
      userAgent: 'bench/1.0',
      telemetry: noopTelemetry(),
    });
    list.push([
      '  ↳ resendkit.emails.send, all on, telemetry to no-op providers',
      async () => {
        const { data, error } = await observed.emails.send(EMAIL);
        if (!data?.id) throw new Error(`resendkit observed: ${error?.name}`);
      },
    ]);
    // The SDK has no time limit; this row shows what the client's per-attempt one costs here.
    const untimed = createResendClient({
      apiKey: API_KEY,
      baseUrl: 'http://127.0.0.1:9',
      rateLimit: false,
      userAgent: 'bench/1.0',
      timeoutMs: 0,
    });
    list.push([
      '  ↳ resendkit, no timeout (timeoutMs: 0)',
      async () => {
        const { data, error } = await untimed.POST('/emails', { body: EMAIL });
        if (!data?.id) throw new Error(`resendkit untimed: ${error?.name}`);
      },
    ]);
    // CPU time, not elapsed time: on a shared machine the wall clock also counts the time other
    // processes hold the cores, which is what made these rows swing between runs.
    return await interleave(
      list,
      {
        ...config,
        requestsPerRound: config.requestsPerRound * CPU_CALLS_PER_REQUEST,
        warmup: cpuWarmup(config.requestsPerRound * CPU_CALLS_PER_REQUEST),
      },
      'cpu',
    );
  } finally {
    restore();
  }
}

/** {@link measureCpu} in a fresh process (forked with tsx, like the distributed suite's workers). */
export function measureCpuInChild(config: OverheadConfig): Promise<OverheadRow[]> {
  const child = fork(CHILD, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, OVERHEAD_CPU_CONFIG: JSON.stringify(config) },
  });
  let rows: OverheadRow[] | undefined;
  child.on('message', (message: OverheadRow[]) => (rows = message));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      rows ? resolve(rows) : reject(new Error(`overhead CPU process exited (${code}) without results`)),
    );
  });
}
