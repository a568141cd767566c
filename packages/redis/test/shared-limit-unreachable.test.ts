/**
 * A limit adopted while Redis could not be reached (`shareAdoptedLimit`) is shared once it can be.
 * The limiter tells its store only when the limit changes, and the acquire's write-back only fills a
 * limit Redis lost: Redis still holding an older one, every process kept that one for good. Sent
 * again before the next acquire, it must not replace a limit another process adopted later.
 */
import { randomUUID } from 'node:crypto';
import { RateLimiter } from '@resendkit/client/compose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RedisRateLimitStore, redisRateLimitStore } from '../src/index.js';
import { type TestClient, openClient, reconnected } from './support/clients.js';
import { type FaultyProxy, faultyProxy } from './support/proxy.js';
import { type TestRedis, startOwnRedis } from './support/redis-server.js';
import { DEFAULT_LIMIT, WINDOW_MS, advertising, burst, send } from './support/shared-limit.js';

/** Whether the client would send a command now (ioredis `status`, node-redis `isReady`). */
const ready = ({ client }: TestClient) =>
  'status' in client ? client.status === 'ready' : (client as { isReady: boolean }).isReady;

let server: TestRedis;
beforeAll(async () => {
  server = await startOwnRedis();
}, 20_000);
afterAll(async () => {
  await server?.stop();
});

describe.each([
  ['ioredis', 'node-redis'],
  ['node-redis', 'ioredis'],
] as const)('process A on %s (through a proxy), process B on %s', (kindA, kindB) => {
  let proxy: FaultyProxy;
  let a: TestClient;
  let b: TestClient;
  beforeAll(async () => {
    proxy = await faultyProxy(server.url);
    a = await openClient(kindA, proxy.url);
    b = await openClient(kindB, server.url);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await proxy?.close();
  });

  /** Two processes sharing adopted limits; A's limiter adopted and shared 8, ten seconds ago. */
  async function sharing8() {
    const key = `unreachable-limit:${randomUUID()}`;
    const storeA = redisRateLimitStore(a.client, { key, shareAdoptedLimit: true, onError: () => {} });
    const storeB = redisRateLimitStore(b.client, { key, shareAdoptedLimit: true });
    const limiterA = new RateLimiter({ limit: DEFAULT_LIMIT, windowMs: WINDOW_MS, store: storeA });
    await send(limiterA, 8);
    await storeA.settled();
    const held = () => b.raw(['HGET', storeA.keys[1] as string, 'limit']);
    expect(await held()).toBe('8');
    await b.raw(['HINCRBY', storeA.keys[1] as string, 'limit_at', '-10000']);
    return { storeA, storeB, limiterA, held };
  }

  /**
   * A's limiter adopts 4 from an answer that arrives while Redis cannot be reached from A, `agoMs`
   * ago (A's monotonic clock, which measures the age of a limit sent again, faked back meanwhile).
   */
  async function adopt4WhileCutOff(limiterA: RateLimiter, storeA: RedisRateLimitStore, agoMs = 0) {
    const release = await limiterA.acquire();
    proxy.down();
    await vi.waitFor(() => expect(ready(a)).toBe(false));
    const now = performance.now.bind(performance);
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now() - agoMs);
    limiterA.observe(advertising(4));
    release();
    await storeA.settled();
    clock.mockRestore();
    proxy.up();
    await reconnected(a);
  }

  it('a limit adopted while Redis was unreachable replaces the older one Redis holds at the next send', async () => {
    const { storeA, storeB, limiterA, held } = await sharing8();
    await adopt4WhileCutOff(limiterA, storeA);
    expect(await held()).toBe('8');
    // Every later answer advertises the same limit: the limiter has nothing new to tell its store.
    await send(limiterA, 4);
    await storeA.settled();
    expect(await held()).toBe('4');
    // A's three slots count: B gets the rest of 4, not of 8.
    expect(await burst(storeB)).toBe(1);
  });

  it('one another process adopted after it stays, and is the one A writes back once Redis lost it', async () => {
    const { storeA, storeB, limiterA, held } = await sharing8();
    // Adopted five seconds ago: after the 8 Redis holds, before the 6 B adopts now.
    await adopt4WhileCutOff(limiterA, storeA, 5000);
    await storeB.setLimit(6);
    await send(limiterA, 4);
    await storeA.settled();
    expect(await held()).toBe('6');
    expect(await burst(storeB)).toBe(3);
    // Redis lost the keys: A's next slot writes back the limit in force, not its own older one.
    await b.raw(['DEL', ...storeA.keys]);
    await send(limiterA, 4);
    await storeA.settled();
    expect(await held()).toBe('6');
    expect(await burst(storeB)).toBe(5);
  });
});
