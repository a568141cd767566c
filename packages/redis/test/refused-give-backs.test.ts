/**
 * Give-backs (releases) that could not reach Redis are sent again before later commands: they free
 * real slots. But once Redis answers and refuses (a user that lost its scripting rights, OOM,
 * READONLY after a failover), sending them again is refused in turn: each acquire would carry a
 * burst of useless commands to a Redis already in trouble. A give-back Redis refused is dropped; one
 * that failed on the network is still sent again.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { type NodeRedisLike, redisRateLimitStore } from '../src/index.js';
import { type TestClient, openClient, reconnected } from './support/clients.js';
import { type FaultyProxy, faultyProxy } from './support/proxy.js';
import { type TestRedis, startOwnRedis } from './support/redis-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: TestRedis;
let admin: TestClient;
let proxy: FaultyProxy;
let user: TestClient;
// An own server: the test changes an ACL user's rights, which a shared REDIS_URL may not allow.
beforeAll(async () => {
  server = await startOwnRedis();
  admin = await openClient('ioredis', server.url);
  await admin.raw(['ACL', 'SETUSER', 'app', 'on', '>pw', '~*', '+@all']);
  proxy = await faultyProxy(server.url);
  const url = new URL(proxy.url);
  [url.username, url.password] = ['app', 'pw'];
  user = await openClient('node-redis', url.toString());
}, 20_000);
afterAll(async () => {
  await user?.close();
  await proxy?.close();
  await admin?.close();
  await server?.stop();
});
afterEach(() => vi.restoreAllMocks());

/** Once the user's client answers again and says it is ready (node-redis answers a PING first). */
async function back(): Promise<void> {
  await reconnected(user);
  while (!(user.client as NodeRedisLike).isReady) await sleep(5);
}

const scripting = (on: boolean) => admin.raw(['ACL', 'SETUSER', 'app', on ? '+@scripting' : '-@scripting']);

it('give-backs queued before Redis began refusing are sent at most once more, not before every acquire', async () => {
  const key = `refused-give-backs:${randomUUID()}`;
  const store = redisRateLimitStore(user.client, { key, leaseMs: 20_000, onError: () => {} });
  const slots: number[] = [];
  for (let i = 0; i < 3; i++) slots.push((await store.tryAcquire(0, 5, 100)).slot as number);
  // The answers came while Redis was unreachable: the three give-backs are kept to send again.
  proxy.down();
  await sleep(50);
  for (const slot of slots) await store.release(slot, 0, 100);
  // Back, but refusing the store's scripts from now on.
  await scripting(false);
  proxy.up();
  await back();
  const sent = vi.spyOn(user.client as NodeRedisLike, 'sendCommand');
  try {
    for (let i = 0; i < 10; i++) await expect(store.tryAcquire(0, 5, 100)).rejects.toThrow(/NOPERM/);
    await store.settled();
    // Ten acquires, plus each of the three give-backs once: they were refused, so they are dropped
    // (before, all three went out again before every acquire: 40 commands).
    expect(sent).toHaveBeenCalledTimes(10 + 3);
  } finally {
    await scripting(true);
  }
});

it('a give-back that failed on the network is still sent again once Redis answers, and frees its slot', async () => {
  const key = `refused-give-backs:${randomUUID()}`;
  const store = redisRateLimitStore(user.client, { key, leaseMs: 20_000, onError: () => {} });
  const other = redisRateLimitStore(admin.client, { key, leaseMs: 20_000 });
  const { slot } = await store.tryAcquire(0, 1, 100);
  proxy.down();
  await sleep(50);
  await store.release(slot as number, 0, 100);
  proxy.up();
  await back();
  await store.settled();
  await sleep(150);
  expect((await other.tryAcquire(0, 1, 100)).slot).toBeDefined();
});
