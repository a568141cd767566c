/** A per-attempt time limit, as a fetch wrapper. */
import { ResendError, pathOf } from './errors.js';
import { type FetchLike, rebuildRequest } from './fetch-like.js';

/** True for the error {@link withTimeout} throws when an attempt runs out of time. */
export function isTimeoutError(error: unknown): error is ResendError {
  return error instanceof ResendError && error.name === 'timeout';
}

/** Follows every signal given: aborts with the first one's reason. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

/**
 * Wraps a fetch so one attempt that has not received response headers after `timeoutMs` is aborted
 * and rejects with a {@link ResendError} named `timeout` (the caller's own abort still rejects with
 * the caller's reason). A timer exists only while an attempt is in flight. `0`/`undefined` = no limit.
 */
export function withTimeout(next: FetchLike, timeoutMs: number | undefined): FetchLike {
  if (!timeoutMs || timeoutMs <= 0 || !Number.isFinite(timeoutMs)) return next;
  return async function timedFetch(request) {
    const controller = new AbortController();
    const timeout = new ResendError({
      name: 'timeout',
      statusCode: null,
      message: `No response within ${timeoutMs} ms.`,
      method: request.method,
      path: pathOf(request.url),
    });
    const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
    try {
      return await next(await rebuildRequest(request, { signal: anySignal([request.signal, controller.signal]) }));
    } catch (error) {
      if (controller.signal.aborted && !request.signal.aborted) throw timeout;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
