/** The Redis clients every behaviour is checked with: node-redis 5, node-redis 4 and ioredis. */
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createClient as createClient4 } from 'redis4';
import type { RedisClientLike } from '../../src/index.js';

export interface TestClient {
  client: RedisClientLike;
  /** Runs a raw command (for assertions: DBSIZE, KEYS, TTL…). */
  raw(args: string[]): Promise<unknown>;
  close(): Promise<void>;
}

export type ClientKind = 'node-redis' | 'node-redis-4' | 'ioredis';
export const CLIENT_KINDS: ClientKind[] = ['node-redis', 'node-redis-4', 'ioredis'];

// Reconnect fast so outage tests stay short; errors are expected while the server is down.
export async function openClient(kind: ClientKind, url: string): Promise<TestClient> {
  if (kind === 'ioredis') {
    const io = new Redis(url, { retryStrategy: () => 50, maxRetriesPerRequest: 1, lazyConnect: true });
    io.on('error', () => {});
    await io.connect();
    return { client: io, raw: ([c, ...a]) => io.call(c as string, ...a), close: async () => void io.disconnect() };
  }
  const options = { url, socket: { reconnectStrategy: () => 50 } };
  const nr = kind === 'node-redis' ? createClient(options) : createClient4(options);
  nr.on('error', () => {});
  await nr.connect();
  return {
    client: nr as unknown as RedisClientLike,
    raw: (args) => nr.sendCommand(args),
    close: async () => {
      if (nr.isOpen) await nr.disconnect();
    },
  };
}
