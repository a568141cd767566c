/**
 * Priority lanes across processes: the reserve lent to bulk while no interactive call waits, and
 * kept for one that does, holds for every store of a key, and two clients on separate Redis connections, one flooding bulk sends and one
 * sending interactively, stay within the server's limit while the interactive calls wait briefly.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { type TestClient, useClientPair } from './support/clients.js';

const pair = useClientPair();

it('lends the reserve to bulk while no interactive call waits, and keeps the next free slot for one that does, across stores', async () => {
  const k = `lanes:${randomUUID()}`;
  const s1 = redisRateLimitStore(pair.a.client, { key: k });
  const s2 = redisRateLimitStore(pair.b.client, { key: k });
  const bulk = [];
  // Nobody interactive has asked: bulk may take all 5, the reserve included.
  for (let i = 0; i < 5; i++) bulk.push(await (i % 2 ? s1 : s2).tryAcquire(0, 5, 60_000, 'bulk', 1));
  expect(bulk.every((r) => r.slot !== undefined)).toBe(true);
  // An interactive call finds no slot: its demand now holds bulk to 5 − 1, in every store of the key.
  expect((await s1.tryAcquire(0, 5, 60_000, 'interactive', 1)).slot).toBeUndefined();
  await s1.release(bulk[0]?.slot as number, 0, 0);
  expect((await s2.tryAcquire(0, 5, 60_000, 'bulk', 1)).slot).toBeUndefined();
  expect((await s1.tryAcquire(0, 5, 60_000, 'interactive', 1)).slot).toBeDefined();
  // Interactive slots do not count against bulk's share: a released bulk slot is bulk's again.
  await s1.release(bulk[1]?.slot as number, 0, 0);
  expect((await s2.tryAcquire(0, 5, 60_000, 'bulk', 1)).slot).toBeDefined();
});

it('a long bulk run keeps in Redis only the bulk slots that still count, not one entry per send', async () => {
  const store = redisRateLimitStore(pair.a.client, { key: `lanes:${randomUUID()}`, leaseMs: 100 });
  // 300 bulk sends with nobody interactive waiting (lending on): each slot stops counting 5 ms after
  // its release, so only the last round's can still count at the end.
  for (let round = 0; round < 30; round++) {
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        const { slot } = await store.tryAcquire(0, 1000, 5, 'bulk', 1);
        if (slot !== undefined) await store.release(slot, 0, 5);
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(Number(await pair.b.raw(['ZCARD', store.keys[2] as string]))).toBeLessThanOrEqual(20);
});

it('holds bulk to limit − reserve across stores without interactive demand when lending is off', async () => {
  const k = `lanes:${randomUUID()}`;
  const s1 = redisRateLimitStore(pair.a.client, { key: k });
  const s2 = redisRateLimitStore(pair.b.client, { key: k });
  for (let i = 0; i < 4; i++)
    expect((await (i % 2 ? s1 : s2).tryAcquire(0, 5, 60_000, 'bulk', 1, false)).slot).toBeDefined();
  const refused = await s2.tryAcquire(0, 5, 60_000, 'bulk', 1, false);
  expect(refused.slot).toBeUndefined();
  // Told to ask again when a bulk slot may end (in flight: after the poll interval), not at once.
  expect(refused.waitMs).toBe(50);
  expect((await s1.tryAcquire(0, 5, 60_000, 'interactive', 1, false)).slot).toBeDefined();
});

it('a bulk flood from one client and interactive sends from another share one window: 0 × 429, interactive waits under a window', async () => {
  const LIMIT = 5;
  const WINDOW_MS = 200;
  const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: LIMIT, windowMs: WINDOW_MS });
  const http = await listen(fake);
  try {
    const key = `lanes:${randomUUID()}`;
    // Two teams in this process stand for two processes: each client has its own limiter.
    const client = (c: TestClient, team: string) =>
      createResendClient({
        apiKey: 're_test_0123456789abcdef',
        baseUrl: http.url,
        retry: false,
        rateLimit: { team, limit: LIMIT, windowMs: WINDOW_MS, store: redisRateLimitStore(c.client, { key }) },
      });
    const flood = client(pair.a, 'flood');
    const interactive = client(pair.b, 'interactive');
    const mail = (to: string) => ({ from: 'a@acme.dev', to, subject: 's', text: 't' });
    const started = performance.now();
    // Timed on its own: the interactive sends below take 2.4 s of fixed pauses plus their waits and
    // end after the flood, so a time taken after both measured them, with little room left for a
    // loaded machine.
    let floodMs = 0;
    const bulk = Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        flood.emails.send(mail(`delivered+bulk${i}@resend.dev`), { priority: 'bulk' }),
      ),
    ).finally(() => (floodMs = performance.now() - started));
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      await new Promise((r) => setTimeout(r, 300));
      const asked = performance.now();
      const { error } = await interactive.emails.send(mail(`delivered+now${i}@resend.dev`));
      expect(error).toBeUndefined();
      waits.push(performance.now() - asked);
    }
    const results = await bulk;
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(fake.state.counters.rateLimited).toBe(0);
    expect(fake.state.emails.all()).toHaveLength(48);
    // Each interactive send waited for at most about one window (plus a loaded machine's latency).
    expect(Math.max(...waits)).toBeLessThan(WINDOW_MS + 400);
    // 40 bulk sends at 4 or 5 per window need 8 to 10 windows; the interactive ones do not slow them much.
    expect(floodMs).toBeLessThan(16 * WINDOW_MS + 1500);
  } finally {
    await http.close();
  }
}, 30_000);
