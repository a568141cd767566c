/**
 * A Redis that answers but refuses the store's commands — a user without scripting rights, a key of
 * the store's written by another program — stops every send like an unreachable one, and says which
 * it was, so nobody chases a network problem that is not there.
 */
import { createResendClient } from '@resendkit/client';
import { resetSharedRateLimiters } from '@resendkit/client/compose';
import { createFakeResend } from '@resendkit/mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type NodeRedisLike, redisRateLimitStore } from '../src/index.js';
import { CLIENT_KINDS, type ClientKind, type TestClient, openClient } from './support/clients.js';
import { type TestRedis, startOwnRedis } from './support/redis-server.js';

let redis: TestRedis;
let admin: TestClient;
// An own server: the tests add an ACL user, which a shared REDIS_URL may not allow.
beforeAll(async () => {
  redis = await startOwnRedis();
  admin = await openClient('ioredis', redis.url);
  await admin.raw(['ACL', 'SETUSER', 'no-scripts', 'on', '>pw', '~*', '+@all', '-@scripting']);
}, 20_000);
afterAll(async () => {
  await admin?.close();
  await redis?.stop();
});
afterEach(() => resetSharedRateLimiters());

/** One `emails.send` limited through `url` under `key`: its error, and how many emails the fake got. */
async function sendThrough(kind: ClientKind, url: string, key: string) {
  const redisClient = await openClient(kind, url);
  try {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const store = redisRateLimitStore(redisClient.client, { key });
    const resend = createResendClient({ apiKey: 're_test_123456', fetch: fake.fetch, rateLimit: { limit: 5, store } });
    const result = await resend.emails.send({
      from: 'a@acme.dev',
      to: 'delivered@resend.dev',
      subject: 'Hi',
      text: 'hi',
    });
    return { error: result.error, sent: fake.state.emails.size };
  } finally {
    await redisClient.close();
  }
}

describe.each(CLIENT_KINDS)('with %s', (kind) => {
  it('names a user without scripting rights as Redis refusing, and sends nothing', async () => {
    const url = new URL(redis.url);
    [url.username, url.password] = ['no-scripts', 'pw'];
    const { error, sent } = await sendThrough(kind, url.toString(), 'acme');
    expect(error).toMatchObject({ name: 'rate_limit_store_unavailable', statusCode: null });
    expect(error?.message).toMatch(/^Redis refused the shared rate limit's command \(NOPERM /);
    expect(error?.message).toContain("Check the Redis user's rights");
    expect(sent).toBe(0);
  });

  it('names a store key another program wrote as Redis refusing, and sends nothing', async () => {
    const key = `taken-${kind}`;
    await admin.raw(['SET', `{${key}}:slots`, 'not a sorted set']);
    const { error, sent } = await sendThrough(kind, redis.url, key);
    expect(error).toMatchObject({ name: 'rate_limit_store_unavailable' });
    expect(error?.message).toMatch(/^Redis refused the shared rate limit's command \(WRONGTYPE /);
    expect(sent).toBe(0);
  });
});

it('a Redis refusing every acquire gets one command per acquire, not a growing storm of give-backs', async () => {
  const url = new URL(redis.url);
  [url.username, url.password] = ['no-scripts', 'pw'];
  const refused = await openClient('node-redis', url.toString());
  try {
    const sent = vi.spyOn(refused.client as NodeRedisLike, 'sendCommand');
    const store = redisRateLimitStore(refused.client, { key: 'storm' });
    // A refusal is an answer: the script took no slot, so there is nothing to give back (each
    // give-back, refused in turn, was sent again before every later acquire: n² commands for n).
    for (let i = 0; i < 30; i++) await expect(store.tryAcquire(0, 5, 100)).rejects.toThrow(/NOPERM/);
    await store.settled();
    expect(sent).toHaveBeenCalledTimes(30);
  } finally {
    await refused.close();
  }
});
