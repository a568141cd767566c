/**
 * The scripts read Redis's own clock. When that clock is stepped back (a VM restored from a
 * snapshot, a host whose NTP steps rather than slews), everything already stored was scored on the
 * later time: slots, a pause and an interactive call's demand would count for the whole step on top
 * of their own length, and every process sharing the key would stall that long. Each state below is
 * what a step back leaves behind, planted as it would be: the store must count it for what was left
 * of it when the clock stepped, no more.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { useClientPair } from './support/clients.js';

const pair = useClientPair();

/** How far the planted state's clock is ahead of Redis's: an hour. */
const STEP_MS = 3_600_000;

/** Redis's clock now, in ms. */
async function serverNow(): Promise<number> {
  const [s, us] = (await pair.a.raw(['TIME'])) as [string, string];
  return Number(s) * 1000 + Math.floor(Number(us) / 1000);
}

/** A fresh key and its three Redis keys, as the store names them. */
function keys() {
  const key = `step:${randomUUID()}`;
  return { key, slots: `{${key}}:slots`, meta: `{${key}}:meta`, bulk: `{${key}}:bulk` };
}

/**
 * Plants what the store had written at `before` (ms, the clock ahead of today's), slot `id` ending
 * `slotEndsIn` ms after that (in `lanes` sets), and the meta fields given relative to `before`.
 */
async function plantAhead(
  k: ReturnType<typeof keys>,
  before: number,
  slotEndsIn: number,
  meta: Record<string, number> = {},
  lanes: ('slots' | 'bulk')[] = ['slots'],
) {
  for (const lane of lanes) {
    await pair.a.raw(['ZADD', k[lane], String(before + slotEndsIn), '77']);
    await pair.a.raw(['PEXPIRE', k[lane], String(STEP_MS * 2)]);
  }
  const fields = Object.entries({ now: 0, ...meta }).flatMap(([name, ms]) => [name, String(before + ms)]);
  await pair.a.raw(['HSET', k.meta, ...fields]);
  await pair.a.raw(['PEXPIRE', k.meta, String(STEP_MS * 2)]);
}

describe('a clock stepped back under the stored state', () => {
  it('a slot that had stopped counting before the step does not count again for the step', async () => {
    const k = keys();
    await plantAhead(k, (await serverNow()) + STEP_MS, -10);
    const store = redisRateLimitStore(pair.a.client, { key: k.key, leaseMs: 1000 });
    expect((await store.tryAcquire(0, 1, 100)).slot).toBeDefined();
  });

  it('a slot still counting when the clock stepped keeps counting only what it had left', async () => {
    const k = keys();
    const before = (await serverNow()) + STEP_MS;
    await plantAhead(k, before, 400);
    const store = redisRateLimitStore(pair.a.client, { key: k.key, leaseMs: 1000 });
    await store.tryAcquire(0, 1, 100);
    // Its end, on today's clock: ~400 ms from now, not an hour and 400 ms.
    const left = Number(await pair.a.raw(['ZSCORE', k.slots, '77'])) - (await serverNow());
    expect(left).toBeGreaterThan(300);
    expect(left).toBeLessThanOrEqual(400);
  });

  it('a bulk slot is rescored in the bulk lane too', async () => {
    const k = keys();
    await plantAhead(k, (await serverNow()) + STEP_MS, 400, {}, ['slots', 'bulk']);
    const store = redisRateLimitStore(pair.a.client, { key: k.key, leaseMs: 1000 });
    await store.tryAcquire(0, 5, 100, 'bulk', 1, false);
    const left = Number(await pair.a.raw(['ZSCORE', k.bulk, '77'])) - (await serverNow());
    expect(left).toBeLessThanOrEqual(400);
  });

  it('a pause that had ended before the step does not pause again for the step', async () => {
    const k = keys();
    await plantAhead(k, (await serverNow()) + STEP_MS, -10, { pause: -1 });
    const store = redisRateLimitStore(pair.a.client, { key: k.key, leaseMs: 1000 });
    expect((await store.tryAcquire(0, 5, 100)).slot).toBeDefined();
  });

  it('the demand of an interactive call that had lapsed before the step does not hold bulk back for the step', async () => {
    const k = keys();
    await plantAhead(k, (await serverNow()) + STEP_MS, -10, { demand: -1 });
    const store = redisRateLimitStore(pair.a.client, { key: k.key, leaseMs: 1000 });
    // Limit 2, reserve 1: while demand holds, bulk may take one slot; once it lapsed, both.
    const first = await store.tryAcquire(0, 2, 100, 'bulk', 1, true);
    const second = await store.tryAcquire(0, 2, 100, 'bulk', 1, true);
    expect([first.slot, second.slot].every((slot) => slot !== undefined)).toBe(true);
  });

  it('a release after the step ends its slot a window after today, not after the stepped time', async () => {
    const k = keys();
    const store = redisRateLimitStore(pair.a.client, { key: k.key, leaseMs: 1000 });
    const { slot } = await store.tryAcquire(0, 1, 100);
    // The clock had been an hour ahead when the slot was taken.
    const taken = Number(await pair.a.raw(['ZSCORE', k.slots, String(slot)]));
    await pair.a.raw(['ZADD', k.slots, 'XX', String(taken + STEP_MS), String(slot)]);
    await pair.a.raw(['HSET', k.meta, 'now', String((await serverNow()) + STEP_MS)]);
    await store.release(slot as number, 0, 100);
    const left = Number(await pair.a.raw(['ZSCORE', k.slots, String(slot)])) - (await serverNow());
    expect(left).toBeLessThanOrEqual(100);
  });
});
