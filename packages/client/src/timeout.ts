/** A per-attempt time limit, as a {@link Send} wrapper. */
import type { Send, fetchSend } from './attempt.js';
import { LazyAbort, signalsAreCostly, withLazySignal } from './lazy-abort.js';
import { checkNumber } from './config-error.js';
import { ResendError, pathOf } from './errors.js';

/** True for the error {@link withTimeout} throws when an attempt runs out of time. */
export function isTimeoutError(error: unknown): error is ResendError {
  return error instanceof ResendError && error.name === 'timeout';
}

/**
 * Wraps a {@link Send} so an attempt not answered after `timeoutMs` (with {@link fetchSend} below:
 * headers and the whole body) is aborted and rejects with a {@link ResendError} named `timeout` (the
 * caller's own abort still rejects with the caller's reason). A timer exists only while an attempt is
 * in flight. `0`/`undefined` = no limit; anything but a number from 0 to 2³¹−1 throws a
 * `ResendConfigError`.
 */
export function withTimeout(next: Send, timeoutMs: number | undefined): Send {
  if (checkNumber(timeoutMs, 0, 'timeoutMs', 0) === 0) return next;
  // On Node 20 the signal is made only if the transport reads it (see lazy-abort.ts).
  const lazy = signalsAreCostly();
  return async (attempt) => {
    const parent = attempt.signal;
    if (parent?.aborted) throw parent.reason;
    // A listener follows the caller's signal, rather than AbortSignal.any() (~30 µs a call on Node
    // 20); it goes when the attempt settles (with fetchSend below, once the body is read), so
    // retries do not pile listeners onto one signal.
    const controller = lazy ? new LazyAbort() : new AbortController();
    const follow = () => controller.abort(parent?.reason);
    parent?.addEventListener('abort', follow, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const { url, method, headers, body, redirect } = attempt;
      const timed =
        controller instanceof LazyAbort
          ? withLazySignal({ url, method, headers, body, redirect }, controller)
          : { url, method, headers, body, redirect, signal: controller.signal };
      return await next(timed);
    } catch (error) {
      if (parent?.aborted) throw parent.reason;
      if (!timedOut) throw error;
      throw new ResendError({
        name: 'timeout',
        statusCode: null,
        message: `No response within ${timeoutMs} ms.`,
        method: attempt.method,
        path: pathOf(attempt.url),
      });
    } finally {
      clearTimeout(timer);
      parent?.removeEventListener('abort', follow);
    }
  };
}
