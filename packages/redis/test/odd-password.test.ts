/**
 * Users paste a password into a Redis URL as it is, unencoded: a raw space, `#`, `/`, `?` or `%` in
 * it. A URL parser ends the authority at the first of those (or refuses the URL), so the store's
 * scrubbing, which ended the credentials there too, showed the password in clear wherever a client's
 * message quoted such a URL. Every message the store builds must hide all of it.
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

/** Passwords as users paste them; each piece between the odd characters must stay hidden. */
const PASSWORDS = ['Kq7x Zr9v', 'Kq7x#Zr9v', 'Kq7x/Zr9v', 'Kq7x?Zr9v', 'Kq7x%Zr9v', 'Kq7x@ Zr9v#Wm3d/Tp8h?Hd5%'];
const pieces = (password: string) => [password, ...password.split(/[ #/?%@]/).filter((p) => p.length > 0)];

/** The error, its message, `String()`, JSON and a deep `inspect` (also every `cause`), hold no piece. */
function expectNoPassword(error: unknown, password: string): void {
  const shown = [(error as Error).message, String(error), JSON.stringify(error), inspect(error, { depth: 9 })];
  for (let e = (error as Error).cause; e instanceof Error; e = e.cause) shown.push(e.message, String(e));
  for (const text of shown) for (const piece of pieces(password)) expect(text).not.toContain(piece);
}

async function storeError(client: RedisClientLike): Promise<Error> {
  const store = redisRateLimitStore(client, { key: `odd-password:${randomUUID()}`, commandTimeoutMs: 200 });
  const error = await store.tryAcquire(0, 5, 100).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'rate_limit_store_unavailable' });
  return error as Error;
}

describe.each(PASSWORDS)('a URL with the raw password %j', (password) => {
  it.each([
    ['never ready', false],
    ['ready, its commands failing', true],
  ])("quoted by a client's error (%s) shows none of it, the Redis named by host:port", async (_state, ready) => {
    for (const user of ['', 'app']) {
      const error = await storeError(quoting(`redis://${user}:${password}@127.0.0.1:6390`, ready));
      expect(error.message).toContain('(Connection to redis://127.0.0.1:6390 failed: ECONNRESET)');
      expect(error.message).toContain('Redis at 127.0.0.1:6390');
      expectNoPassword(error, password);
    }
  });
});

// The clients take a raw space (a URL parser encodes it); `#`, `/`, `?` and `%` make them throw in
// their constructor, before any store exists.
describe.each(['ioredis', 'node-redis', 'node-redis-4'] as const)('%s', (kind) => {
  it('an unreachable redis://user:<password with a space>@host URL is named by host:port only', async () => {
    const port = await freePort();
    const { client, close } = unreachable(kind, `redis://user:${PASSWORDS[0]}@127.0.0.1:${port}`);
    try {
      const error = await storeError(client);
      expect(error.message).toContain(`Redis at 127.0.0.1:${port}`);
      expectNoPassword(error, PASSWORDS[0]!);
    } finally {
      await close();
    }
  });
});

it.each([
  ['redis://user:pa ss@host:6379 refused', 'redis://host:6379 refused'],
  ['redis://:pa#ss@host:6379', 'redis://host:6379'],
  ['redis://u:pa/ss@host:6379/0', 'redis://host:6379/0'],
  ['rediss://u:pa?ss@[::1]:6380', 'rediss://[::1]:6380'],
  ['redis://:12 34@host', 'redis://host'],
  ['redis://me@corp:pa ss@host', 'redis://host'],
  ['at redis://u:p q@a:1, then redis://v:r/s@b:2', 'at redis://a:1, then redis://b:2'],
  // A host and port (even IPv6) followed by a path, query or text: an `@` after it is no password.
  ['redis://host:6379/0?client=app@acme', 'redis://host:6379/0?client=app@acme'],
  ['redis://[::1]:6379 (ops@acme.dev)', 'redis://[::1]:6379 (ops@acme.dev)'],
  ['redis://host (ops@acme.dev)', 'redis://host (ops@acme.dev)'],
])('withoutCredentials(%j) is %j', (text, expected) => {
  expect(withoutCredentials(text)).toBe(expected);
});
