/**
 * The window lives on after the process that wrote to it: a number a limiter never passes (NaN,
 * Infinity, a negative or fractional one), given to the store by a caller of its own, must not turn
 * the shared keys into ones that let every process send without limit or hold it back for good.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { useClientPair } from './support/clients.js';

const pair = useClientPair();

const key = () => `numbers:${randomUUID()}`;

/** Slots handed out at once for a limit of 2 (none released). */
async function burst(store: ReturnType<typeof redisRateLimitStore>, limit: number): Promise<number> {
  let granted = 0;
  for (let i = 0; i < 6; i++)
    if ((await store.tryAcquire(0, limit, 500).catch(() => ({ slot: undefined }))).slot !== undefined) granted++;
  return granted;
}

it.each([NaN, 2.5, -1])('a limit of %s is refused: no slot', async (limit) => {
  const store = redisRateLimitStore(pair.a.client, { key: key() });
  await expect(store.tryAcquire(0, limit, 500)).rejects.toThrow(RangeError);
  expect(await burst(store, limit)).toBe(0);
});

it.each([Infinity, NaN, -1e12, 1e300])(
  'a window of %s ms takes no slot and leaves the window to expire',
  async (windowMs) => {
    const k = key();
    const bad = redisRateLimitStore(pair.a.client, { key: k });
    const good = redisRateLimitStore(pair.b.client, { key: k });
    for (let i = 0; i < 3; i++) await bad.tryAcquire(0, 2, windowMs).catch(() => undefined);
    // The keys left behind, if any, expire.
    for (const held of bad.keys) expect(await pair.b.raw(['PTTL', held])).not.toBe(-1);
    expect(await burst(good, 2)).toBe(2);
  },
);

it.each([Infinity, 1e21])('a pause until %s is refused: every process keeps sending', async (until) => {
  const k = key();
  const faults: string[] = [];
  const bad = redisRateLimitStore(pair.a.client, { key: k, onError: (f) => faults.push(f.operation) });
  const good = redisRateLimitStore(pair.b.client, { key: k });
  await bad.pauseUntil(until, 0);
  expect(faults).toEqual(['pause']);
  for (const held of bad.keys) expect(await pair.b.raw(['PTTL', held])).not.toBe(-1);
  expect(await burst(good, 2)).toBe(2);
});

it.each([NaN, 0.5])('a shared limit of %s is refused: the others keep their own', async (limit) => {
  const k = key();
  const bad = redisRateLimitStore(pair.a.client, { key: k, shareAdoptedLimit: true, onError: () => {} });
  const good = redisRateLimitStore(pair.b.client, { key: k, shareAdoptedLimit: true });
  await bad.setLimit(limit);
  expect(await burst(good, 2)).toBe(2);
});

it('a limit of 0 is refused before it reaches Redis, and a shared one does not stop every other process', async () => {
  const k = key();
  const faults: unknown[] = [];
  const bad = redisRateLimitStore(pair.a.client, {
    key: k,
    shareAdoptedLimit: true,
    onError: ({ error }) => faults.push(error),
  });
  const good = redisRateLimitStore(pair.b.client, { key: k, shareAdoptedLimit: true });
  await expect(bad.tryAcquire(0, 0, 500)).rejects.toThrow(RangeError);
  await bad.setLimit(0);
  expect(faults).toEqual([expect.any(RangeError)]);
  expect(await burst(good, 2)).toBe(2);
});

it('a release of Infinity ms is refused: the slot counts until its lease ends, not while traffic lasts', async () => {
  const store = redisRateLimitStore(pair.a.client, { key: key(), leaseMs: 200, onError: () => {} });
  const { slot } = await store.tryAcquire(0, 2, 100);
  await store.release(slot as number, 0, Infinity);
  // Traffic through the other slot keeps the keys alive well past the lease.
  for (let i = 0; i < 12; i++) {
    const other = await store.tryAcquire(0, 2, 100);
    if (other.slot !== undefined) await store.release(other.slot, 0, 0);
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await burst(store, 2)).toBe(2);
});
