/**
 * Per-request overhead: the same `POST /emails` through bare fetch, bare openapi-fetch,
 * `@resendkit/client` (limiter off, retry on) and the official `resend` SDK, against a keep-alive
 * loopback server in a worker thread that answers at once. Rounds interleave the clients (rotating
 * who goes first) so drift in the machine hits all of them alike; each figure is the median of the
 * rounds' mean µs per sequential request.
 */
import { Worker } from 'node:worker_threads';
import createClient from 'openapi-fetch';
import { Resend } from 'resend';
import { createResendClient } from '@resendkit/client';
import type { paths } from '@resendkit/types';
import { median, round } from './stats.js';

/** Parameters of {@link measureOverhead}. */
export interface OverheadConfig {
  /** Interleaved rounds; each figure is the median over them. */
  rounds: number;
  /** Sequential requests per client per round. */
  requestsPerRound: number;
  /** Also measure `@resendkit/client` with parts turned off, to see what costs. */
  breakdown: boolean;
}

/** One client's figure. */
export interface OverheadRow {
  name: string;
  /** Median over rounds of the mean µs per request. */
  medianUs: number;
  /** Every round's mean µs per request. */
  roundsUs: number[];
}

/** What {@link measureOverhead} reports. */
export interface OverheadResult {
  rows: OverheadRow[];
  /**
   * The same clients with `globalThis.fetch` stubbed to answer at once in-process: the CPU each
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

const API_KEY = 're_bench_0123456789abcdef';
const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };

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

type Send = () => Promise<unknown>;

function clients(url: string, breakdown: boolean): [string, Send][] {
  const bare: Send = async () => {
    const res = await fetch(`${url}/emails`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', 'user-agent': 'bench/1.0' },
      body: JSON.stringify(EMAIL),
    });
    const body = (await res.json()) as { id?: string };
    if (!body.id) throw new Error('bare fetch: no id');
  };
  const openapi = createClient<paths>({ baseUrl: url, headers: { authorization: `Bearer ${API_KEY}`, 'user-agent': 'bench/1.0' } });
  const viaOpenapi: Send = async () => {
    const { data } = await openapi.POST('/emails', { body: EMAIL });
    if (!data?.id) throw new Error('openapi-fetch: no id');
  };
  const resendkit = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false, userAgent: 'bench/1.0' });
  const viaResendkit: Send = async () => {
    const { data, error } = await resendkit.POST('/emails', { body: EMAIL });
    if (!data?.id) throw new Error(`resendkit: ${error?.name}`);
  };
  const sdk = new Resend(API_KEY, { baseUrl: url });
  const viaSdk: Send = async () => {
    const { data, error } = await sdk.emails.send(EMAIL);
    if (!data?.id) throw new Error(`resend SDK: ${error?.name}`);
  };
  // The same client through its endpoint method: the cost of the methods layer is this row minus row 2.
  const viaMethod: Send = async () => {
    const { data, error } = await resendkit.emails.send(EMAIL);
    if (!data?.id) throw new Error(`resendkit method: ${error?.name}`);
  };
  // Everything on: the limiter's code path runs on every request (a budget that never makes a call
  // wait, so what is measured is its cost, not its waits), with retries, timeout and idempotency keys.
  const allOn = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: { limit: 1_000_000, windowMs: 10 }, userAgent: 'bench/1.0' });
  const viaAllOn: Send = async () => {
    const { data, error } = await allOn.emails.send(EMAIL);
    if (!data?.id) throw new Error(`resendkit all on: ${error?.name}`);
  };
  const list: [string, Send][] = [
    ['bare fetch', bare],
    ['bare openapi-fetch', viaOpenapi],
    ['@resendkit/client (limiter off, retry on)', viaResendkit],
    ['resend SDK', viaSdk],
    ['  ↳ resendkit via resend.emails.send (endpoint method)', viaMethod],
    ['  ↳ resendkit.emails.send, limiter + retries + timeout + idempotency on', viaAllOn],
  ];
  if (breakdown) {
    const variants: [string, Parameters<typeof createResendClient>[0]][] = [
      ['  ↳ resendkit, no retry', { retry: false }],
      ['  ↳ resendkit, no timeout', { timeoutMs: 0 }],
      ['  ↳ resendkit, no idempotency key', { idempotency: false }],
      ['  ↳ resendkit, no retry/timeout/key', { retry: false, timeoutMs: 0, idempotency: false }],
    ];
    for (const [name, options] of variants) {
      const client = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false, userAgent: 'bench/1.0', ...options });
      list.push([
        name,
        async () => {
          const { data } = await client.POST('/emails', { body: EMAIL });
          if (!data?.id) throw new Error(`${name}: no id`);
        },
      ]);
    }
  }
  return list;
}

/** What a round measures: elapsed time, or the CPU time this process spent (user + system). */
type Clock = 'wall' | 'cpu';

async function timeRequests(send: Send, count: number, clock: Clock = 'wall'): Promise<number> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) await send();
  if (clock === 'cpu') {
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / count;
  }
  return ((performance.now() - start) / count) * 1000;
}

/** Interleaved rounds over `list`; each row is the median of the rounds' mean µs per request. */
async function interleave(list: [string, Send][], config: OverheadConfig, clock: Clock = 'wall'): Promise<OverheadRow[]> {
  // Warm-up: JIT, connection pools, lazy imports.
  for (const [, send] of list) await timeRequests(send, Math.max(50, config.requestsPerRound));
  const samples = list.map((): number[] => []);
  for (let round = 0; round < config.rounds; round++) {
    for (let k = 0; k < list.length; k++) {
      const i = (round + k) % list.length;
      (samples[i] as number[]).push(await timeRequests((list[i] as [string, Send])[1], config.requestsPerRound, clock));
    }
  }
  return list.map(([name], i) => ({
    name,
    medianUs: round(median(samples[i] as number[]), 1),
    roundsUs: (samples[i] as number[]).map((v) => round(v, 1)),
  }));
}

/** The same clients against a `globalThis.fetch` stub that answers at once, in-process. */
async function measureCpu(config: OverheadConfig): Promise<OverheadRow[]> {
  const original = globalThis.fetch;
  let n = 0;
  globalThis.fetch = async () =>
    new Response(`{"id":"4ef9a417-02e9-4d39-ad75-9611e0fcc${String(100 + (n++ % 900))}"}`, {
      headers: { 'content-type': 'application/json' },
    });
  try {
    // Clients are built while the stub is installed: openapi-fetch captures fetch at creation.
    const list = clients('http://127.0.0.1:9', false);
    // The SDK has no time limit; this row shows what the client's per-attempt one costs here.
    const untimed = createResendClient({ apiKey: API_KEY, baseUrl: 'http://127.0.0.1:9', rateLimit: false, userAgent: 'bench/1.0', timeoutMs: 0 });
    list.push([
      '  ↳ resendkit, no timeout (timeoutMs: 0)',
      async () => {
        const { data, error } = await untimed.POST('/emails', { body: EMAIL });
        if (!data?.id) throw new Error(`resendkit untimed: ${error?.name}`);
      },
    ]);
    // CPU time, not elapsed time: on a shared machine the wall clock also counts the time other
    // processes hold the cores, which is what made these rows swing between runs.
    return await interleave(list, { ...config, requestsPerRound: config.requestsPerRound * 5 }, 'cpu');
  } finally {
    globalThis.fetch = original;
  }
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
  const cpuRows = await measureCpu(config);
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
