/** Timing edges that a real server rarely shows on demand, with a scripted node-redis-shaped client. */
import { ResendError } from '@resendkit/client';
import { expect, it } from 'vitest';
import { type NodeRedisLike, redisRateLimitStore } from '../src/index.js';

// Answers EVALSHA of the acquire script with the slot id it was given after `delayMs`; records every command.
function slowClient(delayMs: number) {
  const calls: string[][] = [];
  const client: NodeRedisLike = {
    isOpen: true,
    isReady: true,
    sendCommand: (args) => {
      calls.push(args);
      const isAcquire = args.length === 16; // EVALSHA sha 3 k1 k2 k3 limit span lease poll lane reserve share lend id told
      const reply = isAcquire ? [args[14], 0] : 1;
      return new Promise((resolve) => setTimeout(() => resolve(reply), isAcquire ? delayMs : 1));
    },
  };
  return { client, calls };
}

it('an acquire answered after commandTimeoutMs fails as rate_limit_store_unavailable and its slot is given back', async () => {
  const { client, calls } = slowClient(150);
  const store = redisRateLimitStore(client, { key: 'late', commandTimeoutMs: 30 });
  const error = await store.tryAcquire(0, 5, 100).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ResendError);
  expect((error as ResendError).name).toBe('rate_limit_store_unavailable');
  // settled() waits for the late answer and the release it triggers.
  await store.settled();
  // The late slot went back at once (span 0), not left counting for its lease.
  const release = calls.find((args) => args.length === 8);
  expect(release?.slice(-2)).toEqual([calls[0]?.[14], '0']);
});

it('settled() waits for releases still on their way to Redis', async () => {
  const { client, calls } = slowClient(1);
  const store = redisRateLimitStore(client, { key: 'settle' });
  const { slot } = await store.tryAcquire(0, 5, 100);
  void store.release(slot as number, 0, 100);
  await store.settled();
  expect(calls.filter((args) => args.length === 8)).toHaveLength(1);
});

it('settled() stops waiting for a call Redis never answers once leaseMs passed, so a shutdown cannot hang', async () => {
  // Redis gone for good behind a client that keeps every command for a reconnect
  // (ioredis with `maxRetriesPerRequest: null`): no command ever settles.
  const silent: NodeRedisLike = { isOpen: true, isReady: true, sendCommand: () => new Promise(() => {}) };
  const store = redisRateLimitStore(silent, { key: 'silent', leaseMs: 100, commandTimeoutMs: 20 });
  await expect(store.tryAcquire(0, 5, 100)).rejects.toMatchObject({ name: 'rate_limit_store_unavailable' });
  void store.release(7, 0, 100);
  const started = performance.now();
  const outcome = await Promise.race([
    store.settled().then(() => 'settled'),
    new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1000)),
  ]);
  expect(outcome).toBe('settled');
  // Not before the lease: a late answer within it is still waited for.
  expect(performance.now() - started).toBeGreaterThanOrEqual(50);
});
