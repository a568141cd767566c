/**
 * The limiter accepts a window or margin that is not a whole number of ms (`windowMs: 100.5`), but
 * Redis sets expiries in whole ms only: such a window must still grant slots, answer whole waits and
 * leave keys that expire, rather than fail every send with a refused command.
 */
import { randomUUID } from 'node:crypto';
import { RateLimiter } from '@resendkit/client/compose';
import { expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { useClientPair } from './support/clients.js';

const pair = useClientPair();

it('a fractional windowMs or marginMs grants slots, and every key it leaves expires', async () => {
  const faults: unknown[] = [];
  const store = redisRateLimitStore(pair.a.client, {
    key: `frac:${randomUUID()}`,
    onError: (f) => faults.push(f.error),
  });
  const limiter = new RateLimiter({ limit: 2, windowMs: 100.5, marginMs: 0.25, store });
  // The third waits for a released slot to free: through the limiter, as a send would.
  for (let i = 0; i < 3; i++) (await limiter.acquire())();
  limiter.pause(10);
  await store.settled();
  expect(faults).toEqual([]);
  for (const key of store.keys.slice(0, 2)) expect(await pair.b.raw(['PTTL', key])).toBeGreaterThan(0);
});

it('a fractional span answers whole waits of at least 1 ms, in every lane', async () => {
  const store = redisRateLimitStore(pair.a.client, { key: `frac:${randomUUID()}` });
  const span = 100.5;
  const slot = await store.tryAcquire(0, 2, span, 'bulk', 1);
  expect(slot.slot).toBeDefined();
  // An interactive caller finds no slot and marks demand; the bulk caller is then held to 1 slot.
  expect((await store.tryAcquire(0, 1, span)).waitMs).toBeGreaterThan(0);
  const held = await store.tryAcquire(0, 2, span, 'bulk', 1);
  expect(Number.isInteger(held.waitMs)).toBe(true);
  expect(held.waitMs).toBeGreaterThanOrEqual(1);
});
