/**
 * node-redis 4's `legacyMode: true` (for code moving from node-redis 3) turns `sendCommand` into a
 * callback call that answers nothing; its promise API lives on `client.v4`. The store must use that,
 * not read every answer as missing while each script still runs and takes a slot nobody releases.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis4';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RedisClientLike, redisRateLimitStore } from '../src/index.js';
import { useClientPair } from './support/clients.js';

const pair = useClientPair();
let legacy: ReturnType<typeof createClient>;
beforeAll(async () => {
  legacy = createClient({ url: pair.server.url, legacyMode: true });
  legacy.on('error', () => {});
  await legacy.connect();
});
afterAll(async () => {
  if (legacy?.isOpen) await legacy.disconnect();
});

it('a node-redis 4 client in legacyMode grants slots, and takes no slot it does not hand out', async () => {
  const store = redisRateLimitStore(legacy as unknown as RedisClientLike, { key: `legacy:${randomUUID()}` });
  const first = await store.tryAcquire(0, 2, 60_000);
  expect(first.slot).toBeDefined();
  expect((await store.tryAcquire(0, 2, 60_000)).slot).toBeDefined();
  expect((await store.tryAcquire(0, 2, 60_000)).waitMs).toBeGreaterThan(0);
  await store.release(first.slot as number, 0, 60_000);
  expect(await pair.b.raw(['ZCARD', store.keys[0] as string])).toBe(2);
});
