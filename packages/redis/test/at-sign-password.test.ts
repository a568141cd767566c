/**
 * Many users write a password with a raw `@` into a Redis URL (`redis://:p@ss@host:6379`); the
 * clients read everything up to the last `@` as the user name and password. The store's errors must
 * hide all of it wherever they show a client's message, not just the part before the first `@`,
 * and still name the Redis by host:port.
 */
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type RedisClientLike, redisRateLimitStore } from '../src/index.js';
import { withoutCredentials } from '../src/errors.js';
import { freePort } from '../../../scripts/packages/free-port.js';
import { quoting } from './support/quoting.js';
import { unreachable } from './support/unreachable.js';

const PASSWORD = 'Kq7x@Zr9v';
const PIECES = [PASSWORD, 'Kq7x', 'Zr9v'];

/** Every way the error may be shown: its message, `String()`, JSON and a deep `inspect`. */
function expectNoPassword(error: unknown): void {
  for (const shown of [(error as Error).message, String(error), JSON.stringify(error), inspect(error, { depth: 9 })])
    for (const piece of PIECES) expect(shown).not.toContain(piece);
}

async function storeError(client: RedisClientLike): Promise<Error> {
  const store = redisRateLimitStore(client, { key: `at-sign:${randomUUID()}`, commandTimeoutMs: 200 });
  const error = await store.tryAcquire(0, 5, 100).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'rate_limit_store_unavailable' });
  return error as Error;
}

/** {@link quoting} its URL, with the password. */
const quotingItsUrl = (ready: boolean) => quoting(`redis://app:${PASSWORD}@127.0.0.1:6390`, ready);

describe.each(['ioredis', 'node-redis', 'node-redis-4'] as const)('%s', (kind) => {
  it.each([':', 'app:'])(
    'an unreachable redis://%s<password with @>@host URL is named by host:port only',
    async (user) => {
      const port = await freePort();
      const { client, close } = unreachable(kind, `redis://${user}${PASSWORD}@127.0.0.1:${port}`);
      try {
        const error = await storeError(client);
        expect(error.message).toContain(`Redis at 127.0.0.1:${port}`);
        expectNoPassword(error);
      } finally {
        await close();
      }
    },
  );
});

it("a client's error quoting its URL before it was ever ready shows none of the password", async () => {
  const error = await storeError(quotingItsUrl(false));
  expect(error.message).toContain('(Connection to redis://127.0.0.1:6390 failed: ECONNRESET)');
  expect(error.message).toContain('Redis at 127.0.0.1:6390');
  expectNoPassword(error);
});

it("a ready client's command error quoting its URL shows none of the password, not even in its cause", async () => {
  const error = await storeError(quotingItsUrl(true));
  expect(error.message).toContain('(Connection to redis://127.0.0.1:6390 failed: ECONNRESET)');
  expect(error.message).toContain('Redis at 127.0.0.1:6390');
  expect(error.cause).toMatchObject({ message: 'Connection to redis://127.0.0.1:6390 failed: ECONNRESET' });
  expectNoPassword(error);
});

it.each([
  ['redis://:p@ss@host:6379', 'redis://host:6379'],
  ['rediss://user:p@ss@w@rd@cache.internal:6380/0 refused', 'rediss://cache.internal:6380/0 refused'],
  ['at redis://u:a@b@[::1]:6390, then redis://v:c@d@other:1', 'at redis://[::1]:6390, then redis://other:1'],
  // An `@` after the host (a path, a query) is no password: the host stays.
  ['redis://host:6379/0?client=app@acme', 'redis://host:6379/0?client=app@acme'],
  ['redis://host:6379 (ops@acme.dev)', 'redis://host:6379 (ops@acme.dev)'],
])('withoutCredentials(%j) is %j', (text, expected) => {
  expect(withoutCredentials(text)).toBe(expected);
});
