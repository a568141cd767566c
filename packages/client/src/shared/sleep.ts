/**
 * The one abortable wait: the client's retry backoff and bulk wait for a quota to reset, and the
 * fake's injected latency.
 * It lasts as long as asked (timers chained past the 2³¹−1 ms one `setTimeout` keeps), stops the
 * moment the signal aborts, and once it settles leaves no timer and no listener on the signal.
 */
import { followSignal } from './follow-signal.js';
import { MAX_TIMER_MS } from './timer.js';

/** What a wait does when its signal aborts: reject with the signal's reason, or resolve (the caller checks the signal). */
export type SleepAbort = 'reject' | 'resolve';

/**
 * Resolves after `ms`. When `signal` aborts first (or already has), settles at once: rejects with
 * `signal.reason`, or resolves when `onAbort` is `'resolve'`.
 */
export function sleep(ms: number, signal?: AbortSignal, onAbort: SleepAbort = 'reject'): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => (onAbort === 'resolve' ? resolve() : reject(signal?.reason));
    if (signal?.aborted) return aborted();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // One listener for the whole wait, however many timers it takes (shared with other followers).
    const unfollow = signal
      ? followSignal(signal, () => {
          clearTimeout(timer);
          aborted();
        })
      : undefined;
    let left = ms;
    const next = () => {
      const step = Math.min(left, MAX_TIMER_MS);
      left -= step;
      timer = setTimeout(() => {
        if (left > 0) return next();
        unfollow?.();
        resolve();
      }, step);
    };
    next();
  });
}
