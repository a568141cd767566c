/**
 * A limit one process adopted from the server's `ratelimit-limit` and shared through Redis
 * (`shareAdoptedLimit`) is shared again after Redis lost it (FLUSHALL, a restart, the keys expiring
 * with an idle limiter). The adopting limiter tells its store only when the limit changes, so before,
 * the others fell back to their own limit for good: slower than the team's, or over it (429s) when
 * the advertised limit is below their default.
 */
import { randomUUID } from 'node:crypto';
import { RateLimiter } from '@resendkit/client/compose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisRateLimitStore, redisRateLimitStore } from '../src/index.js';
import { type TestClient, openClient } from './support/clients.js';
import { type TestRedis, startOwnRedis } from './support/redis-server.js';
import { DEFAULT_LIMIT, WINDOW_MS, burst, send } from './support/shared-limit.js';

let server: TestRedis;
let a: TestClient;
let b: TestClient;
// An own server: the tests flush it.
beforeAll(async () => {
  server = await startOwnRedis();
  a = await openClient('ioredis', server.url);
  b = await openClient('node-redis', server.url);
}, 20_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
  await server?.stop();
});

describe.each([2, 8])('an advertised limit of %i (the default is 5)', (advertised) => {
  const pairOfProcesses = () => {
    const key = `lost-limit:${randomUUID()}`;
    const storeA = redisRateLimitStore(a.client, { key, shareAdoptedLimit: true });
    const storeB = redisRateLimitStore(b.client, { key, shareAdoptedLimit: true });
    const limiterA = new RateLimiter({ limit: DEFAULT_LIMIT, windowMs: WINDOW_MS, store: storeA });
    return { storeA, storeB, limiterA };
  };

  it('is shared again once the process that adopted it sends after a FLUSHALL', async () => {
    const { storeA, storeB, limiterA } = pairOfProcesses();
    await send(limiterA, advertised);
    await storeA.settled();
    expect(await b.raw(['HGET', storeA.keys[1] as string, 'limit'])).toBe(String(advertised));
    await b.raw(['FLUSHALL']);
    // Every later answer advertises the same limit: the limiter has nothing new to tell its store.
    await send(limiterA, advertised);
    await send(limiterA, advertised);
    await storeA.settled();
    // A's two slots count: B gets the rest of the shared limit, not of its own default.
    expect(await burst(storeB)).toBe(advertised - 2);
  });

  it('is shared again after the keys expired with the idle limiter', async () => {
    const { storeA, storeB, limiterA } = pairOfProcesses();
    await send(limiterA, advertised);
    await storeA.settled();
    // What an idle lease ends in: every key of the store gone.
    await b.raw(['DEL', ...storeA.keys]);
    await send(limiterA, advertised);
    await storeA.settled();
    expect(await burst(storeB)).toBe(advertised - 1);
  });
});

it('a limit the adopting process lowered since is the one shared again, not the first it adopted', async () => {
  const key = `lost-limit:${randomUUID()}`;
  const storeA = redisRateLimitStore(a.client, { key, shareAdoptedLimit: true });
  const storeB = redisRateLimitStore(b.client, { key, shareAdoptedLimit: true });
  const limiterA = new RateLimiter({ limit: DEFAULT_LIMIT, windowMs: WINDOW_MS, store: storeA });
  await send(limiterA, 9);
  await send(limiterA, 3);
  await storeA.settled();
  await b.raw(['DEL', ...storeA.keys]);
  await send(limiterA, 3);
  await storeA.settled();
  expect(await burst(storeB)).toBe(2);
});

it('a store never told a limit shares nothing when Redis lost the keys: each keeps its own', async () => {
  const key = `lost-limit:${randomUUID()}`;
  const storeA = redisRateLimitStore(a.client, { key, shareAdoptedLimit: true });
  const storeB = redisRateLimitStore(b.client, { key, shareAdoptedLimit: true });
  expect((await storeA.tryAcquire(0, 2, WINDOW_MS)).slot).toBeDefined();
  expect(await b.raw(['HEXISTS', storeA.keys[1] as string, 'limit'])).toBe(0);
  expect(await burst(storeB)).toBe(DEFAULT_LIMIT - 1);
});
