/** The Redis clients every behaviour is checked with: node-redis 5, node-redis 4 and ioredis. */
import { afterAll, beforeAll } from 'vitest';
import type { RedisClientLike } from '../../src/index.js';
import { type TestRedis, testRedis } from './redis-server.js';

export interface TestClient {
  client: RedisClientLike;
  /** Runs a raw command (for assertions: DBSIZE, KEYS, TTL…). */
  raw(args: string[]): Promise<unknown>;
  close(): Promise<void>;
}

export type ClientKind = 'node-redis' | 'node-redis-4' | 'ioredis';
export const CLIENT_KINDS: ClientKind[] = ['node-redis', 'node-redis-4', 'ioredis'];

// Each client is imported only when used, so a worker process loads one library, not three.
// Reconnect fast so outage tests stay short; errors are expected while the server is down.
export async function openClient(kind: ClientKind, url: string): Promise<TestClient> {
  if (kind === 'ioredis') {
    const { Redis } = await import('ioredis');
    const io = new Redis(url, { retryStrategy: () => 50, maxRetriesPerRequest: 1, lazyConnect: true });
    io.on('error', () => {});
    await io.connect();
    return { client: io, raw: ([c, ...a]) => io.call(c as string, ...a), close: async () => void io.disconnect() };
  }
  const options = { url, socket: { reconnectStrategy: () => 50 } };
  const nr =
    kind === 'node-redis'
      ? (await import('redis')).createClient(options)
      : (await import('redis4')).createClient(options);
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

/** A Redis and two clients of different libraries on it, for a test file (see {@link useClientPair}). */
export interface ClientPair {
  server: TestRedis;
  /** ioredis. */
  a: TestClient;
  /** node-redis. */
  b: TestClient;
}

/**
 * Opens an ioredis and a node-redis client on one Redis (`start`: the shared test Redis by default,
 * or one of the file's own) before the file's tests, and closes them and it after them.
 */
export function useClientPair(start: () => Promise<TestRedis> = testRedis): ClientPair {
  const pair = {} as ClientPair;
  beforeAll(async () => {
    pair.server = await start();
    pair.a = await openClient('ioredis', pair.server.url);
    pair.b = await openClient('node-redis', pair.server.url);
  });
  afterAll(async () => {
    await pair.a?.close();
    await pair.b?.close();
    await pair.server?.stop();
  });
  return pair;
}

/** Resolves once `c` answers again (the test clients reconnect every 50 ms); rejects after ~4 s. */
export async function reconnected(c: TestClient): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const answered = await c.raw(['PING']).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the client did not reconnect within 4 s');
}
