/**
 * The one option checker of every resendkit package: a number option is a number in its range (an
 * integer where asked), or the package's own typed error naming the option and the value it got.
 */
import { MAX_TIMER_MS } from './timer.js';

/** The range an option must be in. */
export interface NumberRule {
  /** Smallest allowed value. */
  min: number;
  /** Largest allowed value. @defaultValue {@link MAX_TIMER_MS} (every time option goes to a timer) */
  max?: number;
  /** Whole numbers only. @defaultValue false */
  integer?: boolean;
}

/**
 * Returns `value` (or `fallback` when it is `undefined`) when it is a number within `rule`;
 * otherwise throws `fail(message)`, with a message naming `name`, the range and the value.
 */
export function checkNumberOption(
  value: unknown,
  fallback: number,
  name: string,
  rule: NumberRule,
  fail: (message: string) => Error,
): number {
  const n = value === undefined ? fallback : value;
  const max = rule.max ?? MAX_TIMER_MS;
  if (typeof n !== 'number' || !(n >= rule.min && n <= max) || (rule.integer && !Number.isInteger(n))) {
    const kind = rule.integer ? 'an integer' : 'a number';
    const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
    throw fail(`${name} must be ${kind} from ${rule.min} to ${max} (got ${shown}).`);
  }
  return n;
}
