/**
 * The clients the overhead suite compares, and its timing: rounds that interleave the clients
 * (rotating who goes first), each figure the median of the rounds' mean µs per sequential request.
 */
import createClient from 'openapi-fetch';
import { Resend } from 'resend';
import { createResendClient } from '@resendkit/client';
import type { paths } from '@resendkit/types';
import { median, round } from './stats.js';

/** Parameters of the overhead suite. */
export interface OverheadConfig {
  /** Interleaved rounds; each figure is the median over them. */
  rounds: number;
  /** Time budget: no round starts once this many ms have passed since the first, after {@link MIN_ROUNDS}. */
  budgetMs?: number;
  /** Sequential requests per client per round. */
  requestsPerRound: number;
  /** Also measure `@resendkit/client` with parts turned off, to see what costs. */
  breakdown: boolean;
  /** Calls each client makes before the rounds (JIT, pools, lazy imports). @defaultValue `requestsPerRound`, at least 50 */
  warmup?: number;
  /** The per-runtime comparison (overhead-runtimes.ts): its rounds in each runtime; absent, it is skipped. */
  runtimes?: RuntimeRounds;
}

/** Rounds of one runtime's processes: loopback requests, then CPU with fetch stubbed (see cpu-rounds.ts). */
export interface RuntimeRounds {
  rounds: number;
  requestsPerRound: number;
  /** Each process's time budget for its rounds (warm-up excluded): see {@link OverheadConfig.budgetMs}. */
  budgetMs?: number;
}

/** Rounds a time budget never cuts: a median needs a few. */
export const MIN_ROUNDS = 3;

/** One client's figure. */
export interface OverheadRow {
  name: string;
  /** Median over rounds of the mean µs per request. */
  medianUs: number;
  /** Every round's mean µs per request. */
  roundsUs: number[];
}

export const API_KEY = 're_bench_0123456789abcdef';
export const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };

/** One request of one client; rejects when the answer lacks an id. */
export type Send = () => Promise<unknown>;

/** `POST /emails` by hand with `fetch`: the floor every client adds to. */
function bareFetch(url: string): Send {
  return async () => {
    const res = await fetch(`${url}/emails`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', 'user-agent': 'bench/1.0' },
      body: JSON.stringify(EMAIL),
    });
    const body = (await res.json()) as { id?: string };
    if (!body.id) throw new Error('bare fetch: no id');
  };
}

/** openapi-fetch with the spec's types and nothing more. */
function openapiFetch(url: string): Send {
  const openapi = createClient<paths>({
    baseUrl: url,
    headers: { authorization: `Bearer ${API_KEY}`, 'user-agent': 'bench/1.0' },
  });
  return async () => {
    const { data } = await openapi.POST('/emails', { body: EMAIL });
    if (!data?.id) throw new Error('openapi-fetch: no id');
  };
}

/** The official resend SDK. */
function resendSdk(url: string): Send {
  const sdk = new Resend(API_KEY, { baseUrl: url });
  return async () => {
    const { data, error } = await sdk.emails.send(EMAIL);
    if (!data?.id) throw new Error(`resend SDK: ${error?.name}`);
  };
}

type ClientOptions = Parameters<typeof createResendClient>[0];

/** `@resendkit/client` against `url` with its limiter off, unless `options` say otherwise. */
function resendkitClient(url: string, options: Partial<ClientOptions> = {}) {
  return createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false, userAgent: 'bench/1.0', ...options });
}

/** Sends through the client's `emails.send`, naming `label` when the answer lacks an id. */
function viaSendMethod(client: ReturnType<typeof resendkitClient>, label: string): Send {
  return async () => {
    const { data, error } = await client.emails.send(EMAIL);
    if (!data?.id) throw new Error(`${label}: ${error?.name}`);
  };
}

/** The client with its parts turned off one by one, then all together: what each part costs. */
function breakdownClients(url: string): [string, Send][] {
  const variants: [string, ClientOptions][] = [
    ['  ↳ resendkit, no retry', { retry: false }],
    ['  ↳ resendkit, no timeout', { timeoutMs: 0 }],
    ['  ↳ resendkit, no idempotency key', { idempotency: false }],
    ['  ↳ resendkit, no retry/timeout/key', { retry: false, timeoutMs: 0, idempotency: false }],
  ];
  return variants.map(([name, options]): [string, Send] => {
    const client = resendkitClient(url, options);
    return [
      name,
      async () => {
        const { data } = await client.POST('/emails', { body: EMAIL });
        if (!data?.id) throw new Error(`${name}: no id`);
      },
    ];
  });
}

/** The clients compared, each sending `POST /emails` to `url`; with `breakdown`, the client with parts turned off too. */
export function clients(url: string, breakdown: boolean): [string, Send][] {
  const bare = bareFetch(url);
  const viaOpenapi = openapiFetch(url);
  const resendkit = resendkitClient(url);
  const viaResendkit: Send = async () => {
    const { data, error } = await resendkit.POST('/emails', { body: EMAIL });
    if (!data?.id) throw new Error(`resendkit: ${error?.name}`);
  };
  const viaSdk = resendSdk(url);
  // The same client through its endpoint method: the cost of the methods layer is this row minus row 2.
  const viaMethod = viaSendMethod(resendkit, 'resendkit method');
  // Everything on: the limiter's code path runs on every request (a budget that never makes a call
  // wait, so what is measured is its cost, not its waits), with retries, timeout and idempotency keys.
  const viaAllOn = viaSendMethod(
    resendkitClient(url, { rateLimit: { limit: 1_000_000, windowMs: 10 } }),
    'resendkit all on',
  );
  const list: [string, Send][] = [
    ['bare fetch', bare],
    ['bare openapi-fetch', viaOpenapi],
    ['@resendkit/client (limiter off, retry on)', viaResendkit],
    ['resend SDK', viaSdk],
    ['  ↳ resendkit via resend.emails.send (endpoint method)', viaMethod],
    ['  ↳ resendkit.emails.send, limiter + retries + timeout + idempotency on', viaAllOn],
  ];
  if (breakdown) list.push(...breakdownClients(url));
  return list;
}

/** What a round measures: elapsed time, or the CPU time this process spent (user + system). */
export type Clock = 'wall' | 'cpu';

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
export async function interleave(
  list: [string, Send][],
  config: OverheadConfig,
  clock: Clock = 'wall',
): Promise<OverheadRow[]> {
  // Warm-up: JIT, connection pools, lazy imports.
  const warmup = config.warmup ?? Math.max(50, config.requestsPerRound);
  for (const [, send] of list) await timeRequests(send, warmup);
  const samples = list.map((): number[] => []);
  const started = performance.now();
  for (let round = 0; round < config.rounds; round++) {
    // On a loaded machine a round takes many times longer: the budget keeps the run bounded.
    if (config.budgetMs !== undefined && round >= MIN_ROUNDS && performance.now() - started > config.budgetMs) break;
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
