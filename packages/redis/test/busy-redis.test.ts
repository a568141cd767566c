/**
 * A Redis that cannot serve commands for a while — busy running another program's long script,
 * loading its data after a restart, failing over — stops sends like an unreachable one, and says so:
 * it is not refusing the store (no rights or keys to check), it is busy.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { type TestClient, openClient } from './support/clients.js';
import { type TestRedis, startOwnRedis } from './support/redis-server.js';

let redis: TestRedis;
let blocker: TestClient;
let admin: TestClient;
// An own server: a script counts as running long after 10 ms, and the test runs one without end.
beforeAll(async () => {
  redis = await startOwnRedis(['--busy-reply-threshold', '10']);
  blocker = await openClient('ioredis', redis.url);
  admin = await openClient('ioredis', redis.url);
}, 20_000);
afterAll(async () => {
  await blocker?.close();
  await admin?.close();
  await redis?.stop();
});

// Resolves once Redis answers BUSY: the endless script has run past the threshold.
async function busy(c: TestClient): Promise<void> {
  for (;;) {
    const reply = await c.raw(['PING']).catch((e: unknown) => e);
    if (reply instanceof Error && reply.message.startsWith('BUSY')) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

it('a Redis busy running another script is named as busy, not as refusing the store', async () => {
  const running = blocker.raw(['EVAL', 'while true do end', '0']).catch(() => undefined);
  try {
    await busy(admin);
    const store = redisRateLimitStore(admin.client, { key: `busy:${randomUUID()}` });
    const error = await store.tryAcquire(0, 5, 100).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'rate_limit_store_unavailable' });
    const message = (error as Error).message;
    expect(message).toContain('(BUSY ');
    expect(message).not.toMatch(/refused|rights/);
    expect(message).toContain(`Redis at ${new URL(redis.url).host}`);
  } finally {
    await admin.raw(['SCRIPT', 'KILL']);
    await running;
  }
});
