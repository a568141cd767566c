/**
 * Redis trouble under load: three limiters, each with its own client (as three processes would
 * have), share one key while Redis misbehaves. No window of sends ever admits more than the limit
 * (except across a moment Redis forgot the window, as documented), every acquire settles, failures
 * are typed and never show the URL's password, and sending resumes once Redis is back.
 */
import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { isResendError } from '@resendkit/client';
import { RateLimiter } from '@resendkit/client/compose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { type ClientKind, type TestClient, openClient } from './support/clients.js';
import { type TestRedis, startOwnRedis } from './support/redis-server.js';

const PASSWORD = 'hunter2-s3cret';
// Three limiters, each with one acquire in flight at a time: slots leaked by late answers would
// stall all of them for the lease (1 s), which the recovery check would see.
const LIMIT = 3;
const WINDOW_MS = 100;
const KINDS: ClientKind[] = ['ioredis', 'node-redis', 'node-redis-4'];

let server: TestRedis;
let url: string;
let admin: TestClient;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await startOwnRedis(['--requirepass', PASSWORD, '--enable-debug-command', 'yes']);
  url = server.url.replace('redis://', `redis://:${PASSWORD}@`);
  admin = await openClient('ioredis', url);
  for (const kind of KINDS) clients.push(await openClient(kind, url));
}, 20_000);
afterAll(async () => {
  for (const c of [admin, ...clients]) await c?.close();
  await server?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Run {
  grants: number[];
  errors: unknown[];
  hung: number;
}

/** One worker: acquire (bounded wait), hold a few ms, release; until `until` (Date.now()). */
async function worker(limiter: RateLimiter, run: Run, until: number): Promise<void> {
  while (Date.now() < until) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bound = new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), 3000)));
    const outcome = await Promise.race([limiter.acquire().catch((e: unknown) => ({ error: e })), bound]);
    clearTimeout(timer);
    if (outcome === 'hung') {
      run.hung++;
      return;
    }
    if (typeof outcome === 'object' && 'error' in outcome) {
      run.errors.push(outcome.error);
      await sleep(20);
      continue;
    }
    run.grants.push(Date.now());
    await sleep(5);
    outcome();
  }
}

/**
 * Most sends in any `WINDOW_MS` interval that contains none of `forgotten` (moments Redis lost the
 * window). Stamped with Date.now(), the clock Redis's TIME reads on this host: a slot frees one window
 * plus the margin after its release reached Redis, so even the stamps' 1 ms steps cannot add a send.
 */
function busiestWindow(grants: number[], forgotten: [number, number][] = []): number {
  const sorted = [...grants].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    const end = start + WINDOW_MS;
    if (forgotten.some(([from, to]) => from < end && to >= start)) continue;
    let n = 0;
    for (let j = i; j < sorted.length && sorted[j]! < end; j++) n++;
    most = Math.max(most, n);
  }
  return most;
}

interface Trouble extends Run {
  /** When the trouble started, and when it was over (Date.now()). */
  at: number;
  back: number;
}

/** Runs three limiters on one key for `ms`, calling `trouble` once `atMs` in. */
async function runWith(atMs: number, ms: number, trouble: () => Promise<void>): Promise<Trouble> {
  const key = `trouble:${randomUUID()}`;
  const run: Run = { grants: [], errors: [], hung: 0 };
  const until = Date.now() + ms;
  const workers = clients.flatMap((c) => {
    const store = redisRateLimitStore(c.client, { key, leaseMs: 1000, commandTimeoutMs: 100 });
    const limiter = new RateLimiter({ limit: LIMIT, windowMs: WINDOW_MS, store });
    return [0, 1, 2].map(() => worker(limiter, run, until));
  });
  await sleep(atMs);
  const at = Date.now();
  await trouble();
  const back = Date.now();
  await Promise.all(workers);
  return { ...run, at, back };
}

/** Settled, typed, no password, within the limit (but across `forgotten`), and sending again soon after. */
function expectSound(run: Trouble, forgotten = false): void {
  expect(run.hung).toBe(0);
  for (const error of run.errors) {
    expect(isResendError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'rate_limit_store_unavailable', code: 'rate_limit_store_unavailable' });
    expect(inspect(error, { depth: 8 })).not.toContain(PASSWORD);
    expect(JSON.stringify(error)).not.toContain(PASSWORD);
  }
  expect(busiestWindow(run.grants, forgotten ? [[run.at, run.back]] : [])).toBeLessThanOrEqual(LIMIT);
  // Well before a lease (1 s) ends: no slot was left counting by the trouble.
  expect(run.grants.filter((t) => t > run.back && t < run.back + 400).length).toBeGreaterThan(0);
}

it('SCRIPT FLUSH mid-run: EVALSHA meets NOSCRIPT, the script is loaded again, no error, limit kept', async () => {
  const run = await runWith(200, 800, async () => void (await admin.raw(['SCRIPT', 'FLUSH'])));
  expect(run.errors).toEqual([]);
  expectSound(run);
});

it('DEBUG SLEEP past commandTimeoutMs: typed errors, late slots given back, limit kept, recovers', async () => {
  const run = await runWith(200, 900, async () => void (await admin.raw(['DEBUG', 'SLEEP', '0.25'])));
  expect(run.errors.length).toBeGreaterThan(0);
  expectSound(run);
});

it('every connection killed mid-run (CLIENT KILL): typed errors at most, limit kept, recovers', async () => {
  const run = await runWith(200, 900, async () => void (await admin.raw(['CLIENT', 'KILL', 'TYPE', 'normal'])));
  expectSound(run);
});

it('FLUSHALL mid-run: the window is forgotten at that moment only, kept everywhere else', async () => {
  const run = await runWith(200, 900, async () => void (await admin.raw(['FLUSHALL'])));
  expectSound(run, true);
});

it('redis-server shut down (SHUTDOWN NOSAVE) and started again mid-run: typed errors, limit kept, recovers', async () => {
  const run = await runWith(200, 1200, async () => {
    await admin.raw(['SHUTDOWN', 'NOSAVE']).catch(() => undefined);
    await sleep(150);
    await server.start();
  });
  expect(run.errors.length).toBeGreaterThan(0);
  expectSound(run, true);
}, 15_000);
