/**
 * `rate_limit_store_unavailable` says which Redis it could not reach (or which refused), as
 * `host:port`, so a fleet's operator knows where to look; the credentials of a `redis://user:pass@…`
 * URL appear nowhere in it, not in its message, its cause or how it prints.
 */
import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createClient as createClient4 } from 'redis4';
import { expect, it } from 'vitest';
import { type RedisClientLike, redisRateLimitStore } from '../src/index.js';
import { ioRedisAddress, nodeRedisAddress } from '../src/address.js';
import { freePort } from '../../../scripts/packages/free-port.js';
import { unreachable } from './support/unreachable.js';
import { useClientPair } from './support/clients.js';

const pair = useClientPair();
const SECRET = 'hunter2-sekrit';

it.each(['ioredis', 'node-redis', 'node-redis-4'] as const)(
  '%s: an unreachable Redis is named by host:port, never with the password of its URL',
  async (kind) => {
    const port = await freePort();
    const { client, close } = unreachable(kind, `redis://app:${SECRET}@127.0.0.1:${port}`);
    try {
      const store = redisRateLimitStore(client, { key: `addr:${randomUUID()}`, commandTimeoutMs: 100 });
      const error = await store.tryAcquire(0, 5, 100).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'rate_limit_store_unavailable' });
      expect((error as Error).message).toContain(`Redis at 127.0.0.1:${port}`);
      expect(inspect(error, { depth: Infinity })).not.toContain(SECRET);
    } finally {
      await close();
    }
  },
);

it('a refusing Redis is named by host:port too', async () => {
  const store = redisRateLimitStore(pair.a.client, { key: `addr:${randomUUID()}` });
  await pair.b.raw(['SET', store.keys[1] as string, 'not a hash']);
  const error = await store.tryAcquire(0, 5, 100).catch((e: unknown) => e);
  expect((error as Error).message).toMatch(/^Redis refused the shared rate limit's command \(WRONGTYPE /);
  expect((error as Error).message).toContain(`Redis at ${new URL(pair.server.url).host}`);
  await pair.b.raw(['DEL', store.keys[1] as string]);
});

it('an IPv6 host is shown once bracketed with every client, a socket path as it is', () => {
  const url = `redis://app:${SECRET}@[::1]:6390`;
  const io = new Redis(url, { lazyConnect: true });
  expect(ioRedisAddress(io.options)).toBe('[::1]:6390');
  expect(nodeRedisAddress((createClient4({ url }) as unknown as { options: unknown }).options)).toBe('[::1]:6390');
  expect(nodeRedisAddress((createClient({ url }) as unknown as { options: unknown }).options)).toBe('[::1]:6390');
  expect(ioRedisAddress(new Redis({ path: '/run/redis.sock', lazyConnect: true }).options)).toBe('/run/redis.sock');
});
