/** The options of `verifyWebhook` and `webhookHandler`, their defaults, and the checks run on them up front. */
import { checkNumberOption } from '@resendkit/client/shared';
import { WebhookOptionError } from './errors.js';

/** Options shared by `verifyWebhook` and `webhookHandler`. */
export interface VerifyOptions {
  /**
   * How far the delivery's timestamp may be from now, in seconds, in either direction. Older
   * deliveries are refused as replays; newer ones as forged or from a clock far ahead. A finite
   * number ≥ 0, else `invalid_option`.
   * @defaultValue 300 (5 minutes, as the `svix` and `standardwebhooks` libraries)
   */
  toleranceSeconds?: number;
  /**
   * Largest body accepted, in bytes; larger ones are refused before hashing. An integer ≥ 0, else
   * `invalid_option`.
   * @defaultValue 1 048 576 (1 MiB)
   */
  maxPayloadBytes?: number;
  /**
   * Clock in ms since the epoch (for tests). A function returning a finite number.
   * @defaultValue `Date.now`
   */
  now?: () => number;
}

/** The defaults of {@link VerifyOptions}. */
export const DEFAULT_VERIFY_OPTIONS = { toleranceSeconds: 300, maxPayloadBytes: 1024 * 1024 } as const;

/** How a refused value is shown in a message: never more than its type for objects and functions. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}

/** Throws `invalid_option` naming `name`, what it must be and the value given. */
export function refuseOption(name: string, mustBe: string, value: unknown): never {
  throw new WebhookOptionError(name, `${name} must be ${mustBe} (got ${shown(value)}).`);
}

/** Checks an optional number option: finite, at least `min`, an integer when `integer`. */
export function checkNumber(name: string, value: unknown, min: number, integer: boolean): void {
  if (value === undefined) return;
  checkNumberOption(
    value,
    0,
    name,
    { min, max: Number.MAX_SAFE_INTEGER, integer },
    (message) => new WebhookOptionError(name, message),
  );
}

/** Checks an optional function option. */
export function checkFunction(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') refuseOption(name, 'a function', value);
}

/** Checks that an options argument is an object (or absent). */
export function checkObject(name: string, value: unknown): void {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value)))
    refuseOption(name, 'an object', value);
}

/** Checks every {@link VerifyOptions} field; throws `invalid_option` for the first one out of range. */
export function checkVerifyOptions(options: VerifyOptions): void {
  checkNumber('toleranceSeconds', options.toleranceSeconds, 0, false);
  checkNumber('maxPayloadBytes', options.maxPayloadBytes, 0, true);
  checkFunction('now', options.now);
}

/** The current time in whole Unix seconds from `now`; a clock that returns no finite number is refused. */
export function nowSeconds(now: (() => number) | undefined): number {
  const ms = (now ?? Date.now)();
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    refuseOption('now', 'a function returning a finite number of ms', ms);
  return Math.floor(ms / 1000);
}
