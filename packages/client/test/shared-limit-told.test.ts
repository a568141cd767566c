/**
 * A store that shares an adopted limit (`@resendkit/redis` with `shareAdoptedLimit`) must hear the
 * server's `ratelimit-limit` even when it equals the process's own `limit`: another process may have
 * shared a higher one, which the store would otherwise keep using while traffic keeps it alive.
 */
import { describe, expect, it } from 'vitest';
import { MemoryRateLimitStore, RateLimiter } from './api.js';

/** A limiter on a store that records every limit it is told. */
function limiterTelling(limit: number) {
  const memory = new MemoryRateLimitStore();
  const told: number[] = [];
  const limiter = new RateLimiter({
    limit,
    store: {
      tryAcquire: (now, l, windowMs) => memory.tryAcquire(now, l, windowMs),
      release: (slot, now, windowMs) => memory.release(slot, now, windowMs),
      pauseUntil: (until) => memory.pauseUntil(until),
      setLimit: (l) => void told.push(l),
    },
  });
  const answer = (advertised: string) =>
    limiter.observe(new Response('{}', { headers: { 'ratelimit-limit': advertised } }));
  return { limiter, told, answer };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the limit a sharing store is told', () => {
  it('tells the store the advertised limit once, also when it is the limiter’s own', async () => {
    const { told, answer } = limiterTelling(5);
    answer('5');
    answer('5');
    await settle();
    expect(told).toEqual([5]);
  });

  it('tells each change, and nothing while the advertised limit stays', async () => {
    const { limiter, told, answer } = limiterTelling(5);
    answer('10');
    answer('10');
    answer('2');
    await settle();
    expect(told).toEqual([10, 2]);
    expect(limiter.limit).toBe(2);
  });
});
