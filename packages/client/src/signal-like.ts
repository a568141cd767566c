/**
 * Whether a value given as a `signal` option can serve as one. Checked where the option is taken,
 * so a wrong one is refused by name before anything is sent, instead of failing as a platform
 * `TypeError` deep inside `fetch`, a timer or a listener.
 */
import { kindOf } from './shared/check-kind.js';

/** An `AbortSignal`, or one from another realm that works like one (what `fetch` and the timers need of it). */
export function isAbortSignal(value: unknown): boolean {
  const signal = value as Partial<AbortSignal>;
  return (
    typeof signal === 'object' &&
    signal !== null &&
    typeof signal.aborted === 'boolean' &&
    typeof signal.addEventListener === 'function'
  );
}

/**
 * Throws what `fail` makes of `signal must be an AbortSignal (got <kind>).` unless `signal` is one, or
 * `undefined` or `null` (no signal, as every call takes it). The one check of a `signal` option that
 * is refused by throwing (`sendAll`'s and `toApiEmail`'s), so both name a wrong one alike; `fail`
 * gives each its own error class.
 */
export function checkSignalOption(signal: unknown, fail: (message: string) => Error): void {
  if (signal != null && !isAbortSignal(signal)) throw fail(`signal must be an AbortSignal (got ${kindOf(signal)}).`);
}
