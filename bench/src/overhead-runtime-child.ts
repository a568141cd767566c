/**
 * The script each runtime of the per-runtime comparison runs, bundled by esbuild into one ES module
 * (with the built packages: see overhead-runtimes.ts) so Node, Bun and Deno run it without a
 * TypeScript loader. Arguments: `loopback <url> <rounds-json>` or `cpu - <rounds-json>`. It prints one
 * line, RUNTIME_REPORT_PREFIX + JSON ({@link ChildReport}), and exits.
 */
import { stubFetch } from './fetch-stub.js';
import { createResendClient } from '@resendkit/client';
import { API_KEY, type Clock, type RuntimeRounds, interleave } from './overhead-clients.js';
import { childClients, warmOnStub } from './child-clients.js';
import { runtimeVersion } from './runtime-version.js';
import { CPU_CALLS_PER_REQUEST, cpuWarmup } from './cpu-rounds.js';
import { type ChildReport, RUNTIME_REPORT_PREFIX } from './overhead-runtime-report.js';

/**
 * Loopback requests each client makes before the loopback rounds: ten rounds' worth of the default
 * 200, whatever the round size. With one round's worth (200), the clients' code was still being
 * optimised during the rounds: on Node 26 the same build measured 0.60–0.69× the SDK with it and
 * 0.59–0.61× with ten (bench/README.md, "Warm-up").
 */
const LOOPBACK_WARMUP_REQUESTS = 2_000;

/**
 * The path resendkit's loopback calls take here: `fetch` on Bun and Deno (and on Node with its `fetch`
 * wrapped), the path the stub trains; `node` on Node, beneath `fetch`, which a stubbed `fetch` never
 * reaches: warming there would train the client's upper layers on answers the loopback rounds never
 * give, a mix no application has, so those loopback rounds keep the loopback warm-up alone.
 */
function transportFor(url: string): 'node' | 'fetch' {
  return createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false }).transport;
}

async function measure(mode: string, url: string, rounds: RuntimeRounds): Promise<ChildReport> {
  const config = {
    rounds: rounds.rounds,
    requestsPerRound: rounds.requestsPerRound,
    breakdown: false,
    ...(rounds.budgetMs !== undefined && { budgetMs: rounds.budgetMs }),
  };
  const calls = cpuWarmup(config.requestsPerRound * CPU_CALLS_PER_REQUEST);
  if (mode === 'loopback') {
    const transport = transportFor(url);
    if (transport === 'fetch') await warmOnStub(calls);
    // Real requests first: the Node path is warmed only by them.
    const warmup = LOOPBACK_WARMUP_REQUESTS;
    const rows = await interleave(childClients(url), { ...config, warmup });
    return { runtime: runtimeVersion(), clock: 'wall', rows, transport };
  }
  // CPU time where the runtime reports it (process.cpuUsage); elapsed time otherwise, and said so.
  const clock: Clock = typeof process.cpuUsage === 'function' ? 'cpu' : 'wall';
  const restore = stubFetch();
  try {
    // Built while the stub is installed: openapi-fetch captures fetch at creation.
    const list = childClients('http://127.0.0.1:9');
    return {
      runtime: runtimeVersion(),
      clock,
      rows: await interleave(
        list,
        {
          ...config,
          requestsPerRound: config.requestsPerRound * CPU_CALLS_PER_REQUEST,
          warmup: calls,
        },
        clock,
      ),
    };
  } finally {
    restore();
  }
}

const [mode = '', url = '', rounds = '{}'] = process.argv.slice(2);
try {
  console.log(RUNTIME_REPORT_PREFIX + JSON.stringify(await measure(mode, url, JSON.parse(rounds) as RuntimeRounds)));
} catch (error) {
  console.log(RUNTIME_REPORT_PREFIX + JSON.stringify({ runtime: runtimeVersion(), error: String(error) }));
}
// Keep-alive sockets to the loopback server would keep some runtimes alive.
process.exit(0);
