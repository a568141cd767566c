/** The store's calls against a real redis-server, with each supported client. */
import { randomUUID } from 'node:crypto';
import { Cluster, Redis } from 'ioredis';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ResendError } from '@resendkit/client';
import {
  RedisRateLimitStore,
  type RedisRateLimitStoreOptions,
  RedisStoreError,
  isRedisStoreError,
  redisRateLimitStore,
} from '../src/index.js';
import { STORE_OPTION_NAMES } from '../src/store.js';
import { expectErrorModel } from '../../client/test/error-shape.js';
import { CLIENT_KINDS, type TestClient, openClient } from './support/clients.js';
import { type TestRedis, testRedis } from './support/redis-server.js';

let server: TestRedis;
beforeAll(async () => {
  server = await testRedis();
});
afterAll(async () => {
  await server?.stop();
});

const key = () => `test:${randomUUID()}`;

describe.each(CLIENT_KINDS)('with %s', (kind) => {
  let a: TestClient;
  let b: TestClient;
  beforeAll(async () => {
    a = await openClient(kind, server.url);
    b = await openClient(kind, server.url);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('hands out `limit` slots per window across two connections, then says how long to wait', async () => {
    const k = key();
    const s1 = redisRateLimitStore(a.client, { key: k, leaseMs: 5000 });
    const s2 = redisRateLimitStore(b.client, { key: k, leaseMs: 5000 });
    const got = [await s1.tryAcquire(0, 3, 200), await s2.tryAcquire(0, 3, 200), await s1.tryAcquire(0, 3, 200)];
    expect(got.every((r) => r.slot !== undefined)).toBe(true);
    expect(new Set(got.map((r) => r.slot)).size).toBe(3);
    const full = await s2.tryAcquire(0, 3, 200);
    expect(full.slot).toBeUndefined();
    // The slots are still in flight: poll soon rather than sleep the whole lease.
    expect(full.waitMs).toBeGreaterThan(0);
    expect(full.waitMs).toBeLessThanOrEqual(50);
    const releasing = performance.now();
    await s1.release(got[0]?.slot as number, 0, 200);
    const afterRelease = await s2.tryAcquire(0, 3, 200);
    // A released slot counts one window more, then frees: the wait is that exact remainder. What
    // passed between the two calls (a loaded machine can take 100 ms) comes off it, plus 1 ms for
    // Redis's whole-ms clock.
    expect(afterRelease.waitMs).toBeGreaterThanOrEqual(200 - (performance.now() - releasing) - 1);
    expect(afterRelease.waitMs).toBeLessThanOrEqual(200);
    await new Promise((r) => setTimeout(r, (afterRelease.waitMs as number) + 5));
    expect((await s2.tryAcquire(0, 3, 200)).slot).toBeDefined();
  });

  it("ignores the callers' clocks: stores skewed by ±1 hour share one window on Redis time", async () => {
    const k = key();
    const ahead = redisRateLimitStore(a.client, { key: k });
    const behind = redisRateLimitStore(b.client, { key: k });
    const hour = 3_600_000;
    const now = Date.now();
    expect((await ahead.tryAcquire(now + hour, 2, 150)).slot).toBeDefined();
    const s = await behind.tryAcquire(now - hour, 2, 150);
    expect(s.slot).toBeDefined();
    await ahead.release(s.slot as number, now + hour, 150);
    // Neither skewed "now" frees or blocks anything: the third request waits in both views.
    expect((await ahead.tryAcquire(now + hour, 2, 150)).slot).toBeUndefined();
    expect((await behind.tryAcquire(now - hour, 2, 150)).slot).toBeUndefined();
  });

  it('shares a pause: one process pauses for 300 ms of its own clock, every process waits on Redis time', async () => {
    const k = key();
    const s1 = redisRateLimitStore(a.client, { key: k });
    const s2 = redisRateLimitStore(b.client, { key: k });
    const pausing = performance.now();
    await s1.pauseUntil(1_000_300, 1_000_000);
    const r = await s2.tryAcquire(-5_000_000, 5, 100);
    expect(r.slot).toBeUndefined();
    // The rest of the pause: 300 ms less what passed between the two calls (more than 50 ms on a
    // loaded machine), and 1 ms for Redis's whole-ms clock.
    expect(r.waitMs).toBeGreaterThanOrEqual(300 - (performance.now() - pausing) - 1);
    expect(r.waitMs).toBeLessThanOrEqual(300);
  });

  it('shares an adopted limit when asked: after setLimit(1) a second process gets one slot, whatever limit it asks for', async () => {
    const k = key();
    const s1 = redisRateLimitStore(a.client, { key: k, shareAdoptedLimit: true });
    const s2 = redisRateLimitStore(b.client, { key: k, shareAdoptedLimit: true });
    await s1.setLimit(1);
    expect((await s2.tryAcquire(0, 5, 100)).slot).toBeDefined();
    expect((await s2.tryAcquire(0, 5, 100)).slot).toBeUndefined();
  });

  it('keeps at most its own keys, whatever the traffic, and they expire', async () => {
    const k = key();
    const store = redisRateLimitStore(a.client, { key: k, leaseMs: 200 });
    for (let i = 0; i < 10_000; i += 100) {
      // 100 concurrent acquire+release pairs at a time: 10 000 requests in all.
      await Promise.all(
        Array.from({ length: 100 }, async () => {
          const { slot } = await store.tryAcquire(0, 1_000_000, 50);
          if (slot !== undefined) await store.release(slot, 0, 50);
        }),
      );
    }
    const pattern = `${store.keys[0]?.slice(0, -':slots'.length).replace(/[{}]/g, (c) => `\\${c}`)}*`;
    const keys = (await a.raw(['KEYS', pattern])) as string[];
    // Interactive traffic only: the slots, and the hash holding only the clock's last reading; the
    // bulk lane's key is never made.
    expect(keys.sort()).toEqual([store.keys[1], store.keys[0]]);
    expect(Number(await a.raw(['ZCARD', store.keys[0] as string]))).toBeLessThanOrEqual(10_000);
    expect(await a.raw(['HKEYS', store.keys[1] as string])).toEqual(['now']);
    for (const k of keys) expect(Number(await a.raw(['PTTL', k]))).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 400));
    expect(Number(await a.raw(['EXISTS', ...store.keys]))).toBe(0);
  });
});

describe('bad input at construction', () => {
  it('names each problem with a typed error in the one error model', async () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(RedisStoreError);
        // Every code follows the one error model (name === code, the format, toJSON, the guard).
        expectErrorModel(error, 'RedisStoreError', isRedisStoreError);
        return (error as RedisStoreError).code;
      }
      return 'no error';
    };
    const unconnected = createClient({ url: server.url });
    expect(code(() => redisRateLimitStore(unconnected, { key: 'k' }))).toBe('not_connected');
    const lazy = new Redis(server.url, { lazyConnect: true });
    expect(code(() => redisRateLimitStore(lazy, { key: 'k' }))).toBe('not_connected');
    const cluster = new Cluster([{ host: '127.0.0.1', port: 1 }], { lazyConnect: true });
    expect(code(() => redisRateLimitStore(cluster as never, { key: 'k' }))).toBe('unsupported_client');
    expect(code(() => redisRateLimitStore({} as never, { key: 'k' }))).toBe('invalid_client');
    expect(code(() => redisRateLimitStore(null as never, { key: 'k' }))).toBe('invalid_client');
    const c = await openClient('node-redis', server.url);
    try {
      expect(code(() => redisRateLimitStore(c.client, { key: 42 as never }))).toBe('invalid_key');
      expect(code(() => redisRateLimitStore(c.client, { key: '' }))).toBe('invalid_key');
      expect(code(() => redisRateLimitStore(c.client, undefined as never))).toBe('invalid_key');
      expect(code(() => redisRateLimitStore(c.client, { key: 'k', leaseMs: -1 }))).toBe('invalid_option');
      expect(code(() => redisRateLimitStore(c.client, { key: 'k', pollMs: 1.5 }))).toBe('invalid_option');
      expect(() => redisRateLimitStore(c.client, { key: 'k', commandTimeoutMs: 2 ** 31 })).toThrow(
        'commandTimeoutMs must be an integer from 1 to 2147483647 (got 2147483648).',
      );
      expect(code(() => redisRateLimitStore(c.client, { key: 'k', onUnavailable: 'retry' as never }))).toBe(
        'invalid_option',
      );
      expect(() => redisRateLimitStore(c.client, { key: 'k', onError: 'log' as never })).toThrow(
        'onError must be a function (got string).',
      );
      expect(() => redisRateLimitStore(c.client, { key: 'k', shareAdoptedLimit: 'yes' as never })).toThrow(
        'shareAdoptedLimit must be a boolean (got string).',
      );
      expect(code(() => redisRateLimitStore(c.client, { key: 'k' }))).toBe('no error');
    } finally {
      await c.close();
    }
  });

  it.each([
    [{ key: 'k', lease: 60_000 }, 'redisRateLimitStore has no option "lease" (did you mean leaseMs?).'],
    [{ Key: 'k' }, 'redisRateLimitStore has no option "Key" (did you mean key?).'],
    // The limiter's own option, which goes beside `store` in `rateLimit`: here it limited nothing.
    [
      { key: 'k', limit: 2 },
      `redisRateLimitStore has no option "limit"; the options are ${STORE_OPTION_NAMES.join(', ')}.`,
    ],
  ])('refuses a misspelt or misplaced option instead of leaving its default in force (%o)', (options, message) => {
    // Checked before the client is looked at, by the factory and the constructor alike.
    const client = {} as never;
    for (const make of [
      () => redisRateLimitStore(client, options as never),
      () => new RedisRateLimitStore(client, options as never),
    ]) {
      let error: unknown;
      try {
        make();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RedisStoreError);
      expect(error).toMatchObject({ code: 'invalid_option', message });
    }
  });

  it('knows every option of RedisRateLimitStoreOptions by name, and no other', () => {
    expectTypeOf<(typeof STORE_OPTION_NAMES)[number]>().toEqualTypeOf<keyof RedisRateLimitStoreOptions>();
    expect(new Set(STORE_OPTION_NAMES).size).toBe(STORE_OPTION_NAMES.length);
  });

  it('reports Redis being unreachable as rate_limit_store_unavailable, or falls back when asked', async () => {
    const c = await openClient('node-redis', server.url);
    const faults: string[] = [];
    const failing = redisRateLimitStore(c.client, { key: key(), onError: (f) => faults.push(f.operation) });
    const fallback = redisRateLimitStore(c.client, {
      key: key(),
      onUnavailable: 'memory',
      onError: (f) => faults.push(f.operation),
    });
    await c.close();
    const error = await failing.tryAcquire(0, 5, 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResendError);
    expect((error as ResendError).name).toBe('rate_limit_store_unavailable');
    const local = await fallback.tryAcquire(0, 1, 100);
    expect(local.slot).toBeLessThan(0);
    expect((await fallback.tryAcquire(0, 1, 100)).slot).toBeUndefined();
    await fallback.release(local.slot as number, 0, 100);
    await failing.release(7, 0, 100);
    expect(faults).toEqual(['acquire', 'acquire', 'acquire', 'release']);
  });
});
