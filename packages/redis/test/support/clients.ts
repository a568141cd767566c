/** The Redis clients every behaviour is checked with: node-redis 5, node-redis 4 and ioredis. */
import type { RedisClientLike } from '../../src/index.js';

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
