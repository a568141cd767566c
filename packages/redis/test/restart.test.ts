/**
 * Redis restarted without persistence forgets the window, and with it the last slot id handed out.
 * A request in flight across the restart is released afterwards: that release must not end a slot
 * handed out since, whose request is still in flight, or the shared limit no longer holds.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { reconnected, useClientPair } from './support/clients.js';
import { startOwnRedis } from './support/redis-server.js';

const pair = useClientPair(startOwnRedis);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('a release of a slot taken before a restart does not end a slot handed out after it', async () => {
  const key = `restart:${randomUUID()}`;
  const before = redisRateLimitStore(pair.a.client, { key, leaseMs: 5000 });
  const after = redisRateLimitStore(pair.b.client, { key, leaseMs: 5000 });
  const old = await before.tryAcquire(0, 1, 50);
  expect(old.slot).toBeDefined();
  await pair.server.kill();
  await pair.server.start();
  await Promise.all([reconnected(pair.a), reconnected(pair.b)]);
  // The restarted server forgot the window: the one slot goes to the other process, still in flight.
  const fresh = await after.tryAcquire(0, 1, 50);
  expect(fresh.slot).toBeDefined();
  expect(fresh.slot).not.toBe(old.slot);
  // The request from before the restart got its answer.
  await before.release(old.slot as number, 0, 50);
  await sleep(80);
  // The fresh slot's request has not answered: it still holds the limit of 1.
  expect((await before.tryAcquire(0, 1, 50)).slot).toBeUndefined();
}, 20_000);
