/**
 * An ioredis client's `keyPrefix` is put in front of every key of the store's scripts by ioredis, so
 * Redis holds `{prefix}{key}:slots`…: the keys the store reports must be those, and stay unprefixed
 * for an ioredis client without one and for node-redis (which has no such option).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { type RedisClientLike, redisRateLimitStore } from '../src/index.js';
import { useClientPair } from './support/clients.js';

const pair = useClientPair();

/**
 * Takes an interactive and a bulk slot and pauses for 1 ms, so that all three keys exist, and lists
 * the keys Redis holds for `id`.
 */
async function keysHeld(client: RedisClientLike, key: string, id: string) {
  const store = redisRateLimitStore(client, { key });
  await store.tryAcquire(0, 5, 60_000);
  await store.tryAcquire(0, 5, 60_000, 'bulk');
  await store.pauseUntil(1, 0);
  const held = ((await pair.b.raw(['KEYS', `*${id}*`])) as string[]).sort();
  return { store, held };
}

describe("the store's keys", () => {
  it("are the keys Redis holds when the ioredis client has a keyPrefix (ioredis's prefix in front)", async () => {
    const id = randomUUID();
    const io = new Redis(pair.server.url, { keyPrefix: 'app:', lazyConnect: true });
    await io.connect();
    try {
      const { store, held } = await keysHeld(io, `prefixed:${id}`, id);
      expect(held).toEqual([`app:{prefixed:${id}}:bulk`, `app:{prefixed:${id}}:meta`, `app:{prefixed:${id}}:slots`]);
      expect([...store.keys].sort()).toEqual(held);
    } finally {
      io.disconnect();
    }
  });

  it.each(['ioredis', 'node-redis'] as const)('are the keys Redis holds without a prefix (%s)', async (kind) => {
    const id = randomUUID();
    const client = kind === 'ioredis' ? pair.a.client : pair.b.client;
    const { store, held } = await keysHeld(client, `plain:${id}`, id);
    expect(held).toEqual([`{plain:${id}}:bulk`, `{plain:${id}}:meta`, `{plain:${id}}:slots`]);
    expect([...store.keys].sort()).toEqual(held);
  });
});
