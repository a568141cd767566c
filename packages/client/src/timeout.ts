/** A per-attempt time limit, as a {@link Send} wrapper. */
import { checkNumber } from './config-error.js';
import { type Expiring, deadlinesFor } from './deadlines.js';
import { ResendError } from './errors.js';
import { failure } from './failure.js';
import { AbortableAttempt, type Send } from './internal/index.js';

/** True for the error {@link withTimeout} throws when an attempt runs out of time. */
export function isTimeoutError(error: unknown): error is ResendError {
  return error instanceof ResendError && error.name === 'timeout';
}

/** One attempt under a time limit: its entry in the limit's queue, aborting the attempt when it expires. */
class TimedAttempt extends AbortableAttempt implements Expiring {
  at = 0;
  before: Expiring | undefined = undefined;
  after: Expiring | undefined = undefined;
  timedOut = false;

  expire(): void {
    this.timedOut = true;
    this.abort();
  }
}

/**
 * Wraps a {@link Send} so an attempt not answered after `timeoutMs` (with `fetchSend` below: headers
 * and the whole body) is aborted and rejects with a {@link ResendError} named `timeout` (the caller's
 * own abort still rejects with the caller's reason). One timer serves every attempt of the same
 * limit, and holds the process only while an attempt is in flight. `0`/`undefined` = no limit;
 * anything but a number from 0 to 2³¹−1 throws a `ResendConfigError`.
 */
export function withTimeout(next: Send, timeoutMs: number | undefined): Send {
  if (checkNumber(timeoutMs, 0, 'timeoutMs', 0) === 0) return next;
  // One timer for every attempt limited to timeoutMs, not one per attempt (see deadlines.ts).
  const deadlines = deadlinesFor(timeoutMs as number);
  return async (attempt) => {
    const parent = attempt.signal;
    if (parent?.aborted) throw parent.reason;
    const timed = new TimedAttempt(attempt);
    deadlines.start(timed);
    try {
      return await next(timed.attempt);
    } catch (error) {
      if (parent?.aborted) throw parent.reason;
      if (!timed.timedOut) throw error;
      throw failure({
        name: 'timeout',
        status: null,
        message: `No response within ${timeoutMs} ms.`,
        request: attempt,
        cause: error,
        // The attempt was under way (the limit starts once it may go out): the server may have it.
        maybeSent: true,
      });
    } finally {
      deadlines.end(timed);
      timed.done();
    }
  };
}
