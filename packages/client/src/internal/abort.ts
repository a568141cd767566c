/**
 * Aborting an attempt: following a caller's signal (with the one listener `followSignal` puts on it
 * however many calls share it), and giving a time limit its own abort on top of the caller's. The signal may be made on demand (`lazy-abort.ts`).
 */
import { followSignal } from '../shared/follow-signal.js';
import { LazyAbort, lazyAbortOf, makeLazyAbort } from './lazy-abort.js';
import { attemptFields } from './attempt.js';
import type { Attempt } from './send-types.js';

/**
 * Listens for the attempt's abort without making a signal nobody else asked for; `undefined` when
 * it has no signal. Returns what stops listening.
 */
export function onAttemptAbort(attempt: Attempt, listener: (reason: unknown) => void): (() => void) | undefined {
  const lazy = lazyAbortOf(attempt);
  if (lazy) return lazy.listen(listener);
  const { signal } = attempt;
  if (!signal) return undefined;
  if (signal.aborted) {
    listener(signal.reason);
    return () => undefined;
  }
  return followSignal(signal, () => listener(signal.reason));
}

/**
 * A copy of an attempt that its owner can abort too, still following the caller's signal: one object
 * with methods, not closures (a time limit makes one per attempt). The copy's signal is made on
 * demand where signals are costly ({@link LazyAbort}).
 */
export class AbortableAttempt {
  /** The copy to send: its signal aborts on {@link AbortableAttempt.abort} or on the caller's signal. */
  readonly attempt: Attempt;
  readonly #controller: AbortController | LazyAbort;
  readonly #unfollow: (() => void) | undefined;

  constructor(attempt: Attempt) {
    const parent = attempt.signal;
    const controller = (this.#controller = makeLazyAbort() ?? new AbortController());
    this.#unfollow = parent ? followSignal(parent, () => controller.abort(parent.reason)) : undefined;
    this.attempt = attemptFields(attempt, controller instanceof LazyAbort ? controller : controller.signal);
  }

  /** Aborts the attempt (a time limit ran out). */
  abort(): void {
    this.#controller.abort();
  }

  /** Stops following the caller's signal; call it once the attempt settled. */
  done(): void {
    this.#unfollow?.();
  }
}
