/** The client's one abortable wait, under fake timers: chained past one timer's limit, stopped by its signal, leaving nothing behind. */
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS } from '../src/shared/index.js';
import { sleep } from '../src/shared/sleep.js';

const DAY = 86_400_000;

/** Whether `promise` has settled, and how, so far. */
function track(promise: Promise<void>): { state: 'pending' | 'resolved' | 'rejected'; reason?: unknown } {
  const seen: { state: 'pending' | 'resolved' | 'rejected'; reason?: unknown } = { state: 'pending' };
  promise.then(
    () => (seen.state = 'resolved'),
    (reason: unknown) => Object.assign(seen, { state: 'rejected', reason }),
  );
  return seen;
}

const listeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;

describe('sleep', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each(['reject', 'resolve'] as const)(
    'waits the whole time past one timer (30 days) with onAbort %s, then leaves no timer or listener',
    async (onAbort) => {
      const signal = new AbortController().signal;
      const wait = track(sleep(30 * DAY, signal, onAbort));
      await vi.advanceTimersByTimeAsync(MAX_TIMER_MS);
      expect(wait.state).toBe('pending');
      expect(listeners(signal)).toBe(1);
      await vi.advanceTimersByTimeAsync(30 * DAY - MAX_TIMER_MS - 1);
      expect(wait.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(wait.state).toBe('resolved');
      expect(vi.getTimerCount()).toBe(0);
      expect(listeners(signal)).toBe(0);
    },
  );

  it('waits without a signal too', async () => {
    const wait = track(sleep(1000));
    await vi.advanceTimersByTimeAsync(999);
    expect(wait.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.state).toBe('resolved');
  });

  it("rejects with the signal's reason the moment it aborts, even in a later chained timer", async () => {
    const controller = new AbortController();
    const wait = track(sleep(60 * DAY, controller.signal));
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS + DAY);
    const reason = new Error('stop');
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(wait).toEqual({ state: 'rejected', reason });
    expect(vi.getTimerCount()).toBe(0);
    expect(listeners(controller.signal)).toBe(0);
  });

  it("resolves on abort with onAbort 'resolve', leaving the caller to read the signal", async () => {
    const controller = new AbortController();
    const wait = track(sleep(DAY, controller.signal, 'resolve'));
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.state).toBe('resolved');
    expect(vi.getTimerCount()).toBe(0);
    expect(listeners(controller.signal)).toBe(0);
  });

  it('settles at once on a signal aborted before the wait, starting no timer', async () => {
    const reason = new Error('already');
    const signal = AbortSignal.abort(reason);
    const rejected = track(sleep(DAY, signal));
    const resolved = track(sleep(DAY, signal, 'resolve'));
    await vi.advanceTimersByTimeAsync(0);
    expect(rejected).toEqual({ state: 'rejected', reason });
    expect(resolved.state).toBe('resolved');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds one listener on a signal however many waits follow it, and none once they end', async () => {
    const signal = new AbortController().signal;
    const waits = Array.from({ length: 20 }, (_, i) => track(sleep(100 * (i + 1), signal)));
    expect(listeners(signal)).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(waits.filter((w) => w.state === 'resolved')).toHaveLength(10);
    expect(listeners(signal)).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(waits.every((w) => w.state === 'resolved')).toBe(true);
    expect(listeners(signal)).toBe(0);
  });
});
