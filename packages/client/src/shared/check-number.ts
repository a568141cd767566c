/**
 * The one option checker of every resendkit package: a number option is a number in its range (an
 * integer where asked), or the package's own typed error naming the option and the value it got.
 */
import { kindOf } from './check-kind.js';
import { MAX_TIMER_MS } from './timer.js';

/** The range an option must be in. Only finite numbers pass, unless {@link NumberRule.infinity} lets `Infinity` in. */
export interface NumberRule {
  /** Smallest allowed value; `-Infinity` for no lower bound. */
  min: number;
  /** `min` itself is refused (a delay that must be above 0). @defaultValue false */
  above?: boolean;
  /**
   * Largest allowed value; `Infinity` for no upper bound.
   * @defaultValue {@link MAX_TIMER_MS} (every time option goes to a timer)
   */
  max?: number;
  /** Whole numbers only. @defaultValue false */
  integer?: boolean;
  /** `Infinity` itself is allowed too (an option where it means "no limit"). @defaultValue false */
  infinity?: boolean;
}

function inRange(n: unknown, rule: NumberRule, max: number): n is number {
  if (typeof n !== 'number') return false;
  if (n === Number.POSITIVE_INFINITY && rule.infinity) return true;
  if (!Number.isFinite(n) || (rule.integer && !Number.isInteger(n))) return false;
  return (rule.above ? n > rule.min : n >= rule.min) && n <= max;
}

/** The rule in words, e.g. "an integer from 0 to 2147483647" or "a number above 0 and at most 2147483647". */
function describe(rule: NumberRule, max: number): string {
  const kind = rule.integer ? 'an integer' : 'a number';
  const low = rule.min === Number.NEGATIVE_INFINITY ? undefined : rule.min;
  const high = max === Number.POSITIVE_INFINITY ? undefined : max;
  let range: string;
  if (low === undefined)
    range = high === undefined ? (rule.integer ? kind : 'a finite number') : `${kind} of at most ${high}`;
  else if (rule.above) range = high === undefined ? `${kind} above ${low}` : `${kind} above ${low} and at most ${high}`;
  else range = high === undefined ? `${kind} of at least ${low}` : `${kind} from ${low} to ${high}`;
  return rule.infinity ? `${range}, or Infinity` : range;
}

/**
 * A refused value as the message shows it: numbers, booleans, `null` and short strings that read as a
 * number as they are (`"300"`: a number given as text); any other string by its length, however
 * short (a test key such as `re_12345` given in the wrong option would reach a message or a log), and
 * anything else by its kind.
 */
function shownValue(value: unknown): string {
  if (typeof value === 'string')
    // `+value === +value` is false only for NaN: text that reads as no number.
    return value.length <= 12 && +value === +value ? JSON.stringify(value) : `a string of ${value.length} characters`;
  if (value !== null && (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol'))
    return kindOf(value);
  return String(value);
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
  if (!inRange(n, rule, max)) {
    throw fail(`${name} must be ${describe(rule, max)} (got ${shownValue(value)}).`);
  }
  return n;
}
