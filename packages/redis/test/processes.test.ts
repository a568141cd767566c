/**
 * Several processes, one Redis, one fake Resend enforcing N requests per window: the shared limit
 * holds (no 429), every email goes out once, clocks may differ, and a crashed process stalls the
 * others only for its lease.
 */
import { randomUUID } from 'node:crypto';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { CLIENT_KINDS, openClient } from './support/clients.js';
import { type TestRedis, testRedis } from './support/redis-server.js';
import { buildWorker, startWorker } from './support/spawn-worker.js';

let server: TestRedis;
beforeAll(async () => {
  server = await testRedis();
  await buildWorker();
});
afterAll(async () => {
  await server?.stop();
});

const LIMIT = 5;
const WINDOW_MS = 200;

it('four processes on clocks skewed by up to ±5 s share one window: 0 × 429, each email once, near the allowed rate', async () => {
  const fake = createFakeResend({ requestsPerWindow: LIMIT, windowMs: WINDOW_MS, domains: ['acme.dev'] });
  const http = await listen(fake);
  const baseUrl = http.url;
  try {
    const key = `procs:${randomUUID()}`;
    const skews = [-5000, 0, 2500, 5000];
    const perWorker = 10;
    const start = performance.now();
    const workers = skews.map((skewMs, w) =>
      startWorker({
        mode: 'send',
        kind: CLIENT_KINDS[w % CLIENT_KINDS.length],
        redisUrl: server.url,
        key,
        baseUrl,
        id: `w${w}`,
        count: perWorker,
        limit: LIMIT,
        windowMs: WINDOW_MS,
        skewMs,
      }),
    );
    const lines = await Promise.all(workers.map((w) => w.line((l) => l.startsWith('{'))));
    const elapsed = performance.now() - start;
    for (const line of lines) expect(JSON.parse(line)).toEqual({ ok: perWorker, errors: [] });
    expect(fake.state.counters.rateLimited).toBe(0);
    const emails = fake.state.emails.all();
    expect(emails).toHaveLength(skews.length * perWorker);
    expect(new Set(emails.map((e) => e.idempotency_key)).size).toBe(skews.length * perWorker);
    // 40 sends at 5 per 200 ms need at least 7 windows after the first burst (the processes' start-up
    // is in `elapsed` too, so only the floor is strict).
    expect(elapsed).toBeGreaterThan(7 * WINDOW_MS);
    await Promise.all(workers.map((w) => w.exited));
  } finally {
    await http.close();
  }
  // Process start-up alone takes seconds on a loaded machine.
}, 90_000);

it('a process SIGKILLed while holding every slot stalls the others for its lease plus one window, no longer', async () => {
  const key = `crash:${randomUUID()}`;
  const leaseMs = 1000;
  const holder = startWorker({
    mode: 'hold',
    kind: 'node-redis',
    redisUrl: server.url,
    key,
    baseUrl: '',
    id: 'h',
    count: LIMIT,
    limit: LIMIT,
    windowMs: WINDOW_MS,
    leaseMs,
  });
  await holder.line((l) => l === 'held');
  const heldAt = performance.now();
  holder.child.kill('SIGKILL');
  await holder.exited;
  const c = await openClient('ioredis', server.url);
  try {
    const store = redisRateLimitStore(c.client, { key, leaseMs });
    let slot: number | undefined;
    while (slot === undefined) {
      const r = await store.tryAcquire(0, LIMIT, WINDOW_MS);
      slot = r.slot;
      if (r.waitMs !== undefined) await new Promise((res) => setTimeout(res, r.waitMs));
    }
    const stalled = performance.now() - heldAt;
    expect(stalled).toBeGreaterThan(leaseMs);
    expect(stalled).toBeLessThan(leaseMs + WINDOW_MS + 500);
  } finally {
    await c.close();
  }
}, 60_000);
