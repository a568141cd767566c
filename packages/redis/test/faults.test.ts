/**
 * Faults the store handles must stay handled: a reply that is not the script's answer counts as Redis
 * being unavailable (typed error, or the fallback), and a rejecting async `onError` or a malformed
 * late answer never becomes an unhandled rejection, which would end a Node process.
 */
import { ResendError } from '@resendkit/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type NodeRedisLike, redisRateLimitStore } from '../src/index.js';

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

// A node-redis-shaped client answering every command with `reply` after `delayMs`.
function answering(reply: unknown, delayMs = 0, isReady = true): NodeRedisLike {
  return {
    isOpen: true,
    isReady,
    sendCommand: () => new Promise((resolve) => setTimeout(() => resolve(reply), delayMs)),
  };
}

// Lets pending rejections surface as `unhandledRejection` events.
const drainEvents = () => new Promise((resolve) => setTimeout(resolve, 20));

it.each([[null], ['OK'], [1], [[]], [['x', 0]], [[0, 0]], [[-3, 0]], [[1.5, 0]]])(
  'an acquire reply that is not the script answer (%j) fails as rate_limit_store_unavailable, or falls back',
  async (reply) => {
    const faults: string[] = [];
    const failing = redisRateLimitStore(answering(reply), { key: 'bad', onError: (f) => faults.push(f.operation) });
    const error = await failing.tryAcquire(0, 5, 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResendError);
    expect((error as ResendError).name).toBe('rate_limit_store_unavailable');
    const fallback = redisRateLimitStore(answering(reply), { key: 'bad', onUnavailable: 'memory' });
    expect((await fallback.tryAcquire(0, 5, 100)).slot).toBeLessThan(0);
    expect(faults).toEqual(['acquire']);
  },
);

it('a malformed answer arriving after commandTimeoutMs is dropped: settled() resolves, nothing unhandled', async () => {
  const store = redisRateLimitStore(answering(null, 60), { key: 'late-bad', commandTimeoutMs: 10 });
  await expect(store.tryAcquire(0, 5, 100)).rejects.toMatchObject({ name: 'rate_limit_store_unavailable' });
  await expect(store.settled()).resolves.toBeUndefined();
  await drainEvents();
  expect(unhandled).toEqual([]);
});

it('an async onError that rejects is not an unhandled rejection, for every operation', async () => {
  const reported: string[] = [];
  const store = redisRateLimitStore(answering(1, 0, false), {
    key: 'on-error',
    shareAdoptedLimit: true,
    onError: async ({ operation }) => {
      reported.push(operation);
      throw new Error('log sink down');
    },
  });
  await store.tryAcquire(0, 5, 100).catch(() => undefined);
  await store.release(1, 0, 100);
  await store.pauseUntil(100, 0);
  await store.setLimit(3);
  await drainEvents();
  expect(reported).toEqual(['acquire', 'release', 'pause', 'setLimit']);
  expect(unhandled).toEqual([]);
});
