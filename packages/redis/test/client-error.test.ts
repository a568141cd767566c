/**
 * A client that never gets ready because of its own error (a wrong password, nothing listening):
 * `rate_limit_store_unavailable` names that error and has it as its `cause`, rather than saying only
 * that the client was not ready, and never shows the password (ioredis's reply error keeps the AUTH
 * command's arguments). No listener of the store's is added to a client without one of its own.
 */
import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createClient as createClient4 } from 'redis4';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RedisClientLike, redisRateLimitStore } from '../src/index.js';
import { freePort } from '../../../scripts/packages/free-port.js';
import { type TestRedis, startOwnRedis } from './support/redis-server.js';

const PASSWORD = 'right-horse-battery';
const WRONG = 'hunter2-sekrit';
let server: TestRedis;
beforeAll(async () => {
  server = await startOwnRedis(['--requirepass', PASSWORD]);
});
afterAll(async () => {
  await server?.stop();
});

type Kind = 'ioredis' | 'node-redis' | 'node-redis-4';

// A client of `url` that keeps failing to get ready, with an `error` listener of the user's.
function failing(kind: Kind, url: string) {
  if (kind === 'ioredis') {
    const io = new Redis(url, { retryStrategy: () => 50 });
    io.on('error', () => {});
    return {
      client: io as RedisClientLike,
      errorListeners: () => io.listenerCount('error'),
      close: async () => io.disconnect(),
    };
  }
  const options = { url, socket: { reconnectStrategy: () => 50 } };
  const nr = kind === 'node-redis' ? createClient(options) : createClient4(options);
  nr.on('error', () => {});
  nr.connect().catch(() => {});
  return {
    client: nr as unknown as RedisClientLike,
    errorListeners: () => nr.listenerCount('error'),
    close: async () => void (await nr.disconnect().catch(() => {})),
  };
}

async function unavailable(client: RedisClientLike): Promise<Error> {
  const store = redisRateLimitStore(client, { key: `client-error:${randomUUID()}`, commandTimeoutMs: 1000 });
  const error = await store.tryAcquire(0, 5, 100).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'rate_limit_store_unavailable' });
  return error as Error;
}

it.each(['ioredis', 'node-redis', 'node-redis-4'] as const)(
  '%s: a wrong password is named in the message and is the cause, without the password',
  async (kind) => {
    const port = new URL(server.url).port;
    const { client, errorListeners, close } = failing(kind, `redis://default:${WRONG}@127.0.0.1:${port}`);
    try {
      const error = await unavailable(client);
      expect(error.message).toMatch(/^Redis refused the Redis client's credentials \((WRONGPASS|NOAUTH) /);
      expect(error.message).toContain(`Redis at 127.0.0.1:${port}`);
      expect(error.cause).toBeInstanceOf(Error);
      expect((error.cause as Error).message).toMatch(/^(WRONGPASS|NOAUTH) /);
      expect(inspect(error, { depth: Infinity })).not.toContain(WRONG);
      expect(JSON.stringify(error)).not.toContain(WRONG);
      // The store's error listener went with the wait: only the user's is left.
      expect(errorListeners()).toBe(1);
    } finally {
      await close();
    }
  },
);

it.each(['ioredis', 'node-redis', 'node-redis-4'] as const)(
  '%s: a refused connection is named in the message and is the cause',
  async (kind) => {
    const port = await freePort();
    const { client, close } = failing(kind, `redis://127.0.0.1:${port}`);
    try {
      const error = await unavailable(client);
      expect(error.message).toMatch(/^The shared rate limit in Redis could not be reached \(.*ECONNREFUSED/);
      expect(error.cause).toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      await close();
    }
  },
);

it('an ioredis client without an error listener gets none from the store, so it still reports its errors itself', async () => {
  const port = new URL(server.url).port;
  const io = new Redis(`redis://default:${WRONG}@127.0.0.1:${port}`, { retryStrategy: () => 50 });
  const listeners: number[] = [];
  // ioredis prints an error nobody listens to; its printing is what must stay.
  const printed: unknown[] = [];
  const print = console.error;
  console.error = (...args: unknown[]) => void printed.push(args);
  try {
    const store = redisRateLimitStore(io, { key: `client-error:${randomUUID()}`, commandTimeoutMs: 300 });
    const acquire = store.tryAcquire(0, 5, 100).catch((e: unknown) => e);
    listeners.push(io.listenerCount('error'));
    const error = (await acquire) as Error;
    expect(listeners).toEqual([0]);
    expect(printed.length).toBeGreaterThan(0);
    expect(error.message).toContain('Redis client not ready (acquire)');
  } finally {
    console.error = print;
    io.disconnect();
  }
});
