/** Sends and bursts for the tests of a limit shared through Redis. */
import type { RateLimiter } from '@resendkit/client/compose';
import type { RedisRateLimitStore } from '../../src/index.js';

/** Long enough that every slot taken in a test still counts at its end. */
export const WINDOW_MS = 60_000;
/** What a limiter uses until it adopts a limit of the server's. */
export const DEFAULT_LIMIT = 5;

/** An answer advertising `limit` as the API's `ratelimit-limit`. */
export const advertising = (limit: number) => new Response('{}', { headers: { 'ratelimit-limit': String(limit) } });

/** One send: a slot, the answer advertising `limit`, the slot released. */
export async function send(limiter: RateLimiter, limit: number): Promise<void> {
  const release = await limiter.acquire();
  limiter.observe(advertising(limit));
  release();
}

/** Slots a store (whose limiter adopted nothing: it asks with its default) gets at once. */
export async function burst(store: RedisRateLimitStore, tries = 12): Promise<number> {
  let granted = 0;
  for (let i = 0; i < tries; i++)
    if ((await store.tryAcquire(0, DEFAULT_LIMIT, WINDOW_MS)).slot !== undefined) granted++;
  return granted;
}
