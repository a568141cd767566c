/**
 * A connection that breaks mid-call must not leave a slot counting for a whole lease: an acquire
 * Redis ran whose answer never arrived (or that ioredis sent again after reconnecting), and a release
 * that could not go out while the connection was down, are both settled once Redis is reachable again.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { CLIENT_KINDS, type TestClient, openClient, reconnected } from './support/clients.js';
import { type FaultyProxy, faultyProxy } from './support/proxy.js';
import { type TestRedis, testRedis } from './support/redis-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: TestRedis;
let direct: TestClient;
beforeAll(async () => {
  server = await testRedis();
  direct = await openClient('node-redis', server.url);
});
afterAll(async () => {
  await direct?.close();
  await server?.stop();
});

// Slots of the sorted set `key` that still count on Redis's clock.
async function counting(key: string): Promise<number> {
  const [seconds, micros] = (await direct.raw(['TIME'])) as string[];
  const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
  return Number(await direct.raw(['ZCOUNT', key, `(${now}`, '+inf']));
}

describe.each(CLIENT_KINDS)('with %s', (kind) => {
  let proxy: FaultyProxy;
  let lossy: TestClient;
  beforeAll(async () => {
    proxy = await faultyProxy(server.url);
    lossy = await openClient(kind, proxy.url);
  });
  afterAll(async () => {
    await lossy?.close();
    await proxy?.close();
  });

  it('an acquire whose answer is lost with the connection leaves no slot counting', async () => {
    const key = `lost:${randomUUID()}`;
    const store = redisRateLimitStore(lossy.client, { key, leaseMs: 20_000, commandTimeoutMs: 1000 });
    const other = redisRateLimitStore(direct.client, { key, leaseMs: 20_000 });
    // Redis knows the script already (else the answer lost would be NOSCRIPT, before it ran).
    await redisRateLimitStore(lossy.client, { key: `warm:${randomUUID()}` }).tryAcquire(0, 1, 100);
    proxy.dropNextReply();
    const outcome = await store.tryAcquire(0, 1, 100).catch(() => undefined);
    // ioredis sends a command in flight again after reconnecting: its answer may arrive in time, and
    // then this process holds the one slot and sends its request.
    if (outcome?.slot !== undefined) await store.release(outcome.slot, 0, 0);
    await reconnected(lossy);
    await store.settled();
    // No slot counts any more (one the caller got was released above).
    expect(await counting(store.keys[0] as string)).toBe(0);
    // The slot the lost answer granted went back: the other process gets the one slot within the
    // window, not after the 20 s lease.
    await sleep(150);
    expect((await other.tryAcquire(0, 1, 100)).slot).toBeDefined();
  });

  it('a release that cannot go out while the connection is down is sent once Redis is reachable', async () => {
    const key = `lost:${randomUUID()}`;
    const faults: string[] = [];
    const store = redisRateLimitStore(lossy.client, {
      key,
      leaseMs: 20_000,
      onError: (f) => faults.push(f.operation),
    });
    const other = redisRateLimitStore(direct.client, { key, leaseMs: 20_000 });
    const { slot } = await store.tryAcquire(0, 1, 100);
    expect(slot).toBeDefined();
    proxy.down();
    await sleep(100);
    // The request got its answer while Redis was unreachable.
    await store.release(slot as number, 0, 100);
    expect(faults).toEqual(['release']);
    proxy.up();
    await reconnected(lossy);
    await store.settled();
    await sleep(150);
    expect((await other.tryAcquire(0, 1, 100)).slot).toBeDefined();
  });
});
