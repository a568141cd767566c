import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter, sendAll } from './api.js';
import { testClient } from './helpers.js';

// `vi.setSystemTime` moves `Date` only: timers and `performance.now()` keep their pace, as a real
// NTP step or a laptop waking from sleep does to the wall clock.
const HOUR = 3_600_000;

afterEach(() => {
  vi.useRealTimers();
});

/** Asks `limiter` for a slot, steps the wall clock back an hour, lets 2 s pass: whether the slot came. */
async function grantedAfterStepBack(limiter: RateLimiter): Promise<boolean> {
  let granted = false;
  void limiter.acquire().then((release) => {
    granted = true;
    release();
  });
  vi.setSystemTime(Date.now() - HOUR);
  await vi.advanceTimersByTimeAsync(2000);
  return granted;
}

describe('the limiter when the wall clock jumps', () => {
  it('a call waiting in the limiter is not held for hours when the wall clock jumps back', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000 });
    (await limiter.acquire())();
    expect(await grantedAfterStepBack(limiter)).toBe(true);
  });

  it('a request still in flight keeps its slot when the wall clock jumps forward', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000 });
    await limiter.acquire(); // in flight: not released
    vi.setSystemTime(Date.now() + 2 * HOUR);
    expect(limiter.acquireNow()).toBeUndefined();
  });

  it('a 429 pause is not stretched to hours when the wall clock jumps back', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ limit: 5, windowMs: 1000 });
    limiter.observe(new Response(null, { status: 429, headers: { 'retry-after': '1' } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(await grantedAfterStepBack(limiter)).toBe(true);
  });
});

describe('sendAll when the wall clock jumps', () => {
  it('a run waiting for the daily quota resumes soon after midnight when the machine slept through it', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 11, 6, 22, 30));
    let refuse = true;
    const fetch = async (request: Request) => {
      const body = (await request.json()) as unknown[];
      if (refuse)
        return Response.json({ statusCode: 429, name: 'daily_quota_exceeded', message: 'Quota.' }, { status: 429 });
      return Response.json({ data: body.map((_, i) => ({ id: `id-${i}` })) });
    };
    const email = { from: 'a@acme.dev', to: 'b@acme.dev', subject: 's', text: 't' };
    const run = sendAll(testClient({ fetch }), [email], { onQuotaExceeded: 'wait' });
    await vi.advanceTimersByTimeAsync(1000); // refused: waiting for 00:00 UTC, 90 minutes away
    // Suspended until 08:00: timers, on a clock that stops while the machine sleeps, did not move.
    vi.setSystemTime(Date.UTC(2026, 11, 7, 8, 0));
    refuse = false;
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    await expect(Promise.race([run, 'still waiting'])).resolves.toMatchObject({ sent: 1 });
  });
});
