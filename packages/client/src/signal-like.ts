/**
 * Whether a value given as a `signal` option can serve as one. Checked where the option is taken,
 * so a wrong one is refused by name before anything is sent, instead of failing as a platform
 * `TypeError` deep inside `fetch`, a timer or a listener.
 */

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
