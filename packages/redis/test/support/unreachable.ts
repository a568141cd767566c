/** A Redis client of each kind the store takes, made for a URL where nothing listens. */
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createClient as createClient4 } from 'redis4';
import type { RedisClientLike } from '../../src/index.js';

/** The client kinds the store takes: ioredis, node-redis 5 and node-redis 4. */
export type ClientKind = 'ioredis' | 'node-redis' | 'node-redis-4';

/** A client of `url` that never manages to connect (nothing listens there), and how to close it. */
export function unreachable(kind: ClientKind, url: string) {
  if (kind === 'ioredis') {
    const io = new Redis(url, { retryStrategy: () => 50 });
    io.on('error', () => {});
    return { client: io as RedisClientLike, close: async () => io.disconnect() };
  }
  const options = { url, socket: { reconnectStrategy: () => 50 } };
  const nr = kind === 'node-redis' ? createClient(options) : createClient4(options);
  nr.on('error', () => {});
  // Not awaited: it would never resolve; the store waits for the first connection itself.
  nr.connect().catch(() => {});
  return { client: nr as unknown as RedisClientLike, close: async () => void (await nr.disconnect().catch(() => {})) };
}
