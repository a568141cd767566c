/**
 * A node-redis 5 client pool (`createClientPool`) looks like a client (`sendCommand`, `isOpen`) but
 * never says it is ready, so every send would wait `commandTimeoutMs` and fail as if Redis were down.
 * It is refused when the store is made, saying what to pass instead.
 */
import { createClientPool } from 'redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RedisClientLike, isRedisStoreError, redisRateLimitStore } from '../src/index.js';
import { type TestRedis, testRedis } from './support/redis-server.js';

let server: TestRedis;
let pool: ReturnType<typeof createClientPool>;
beforeAll(async () => {
  server = await testRedis();
  pool = createClientPool({ url: server.url });
  pool.on('error', () => {});
  await pool.connect();
});
afterAll(async () => {
  if (pool?.isOpen) pool.destroy();
  await server?.stop();
});

it('a connected node-redis client pool is refused at once with unsupported_client', () => {
  let thrown: unknown;
  try {
    redisRateLimitStore(pool as unknown as RedisClientLike, { key: 'pool' });
  } catch (error) {
    thrown = error;
  }
  expect(isRedisStoreError(thrown)).toBe(true);
  expect(thrown).toMatchObject({ code: 'unsupported_client', message: expect.stringContaining('createClient') });
});
