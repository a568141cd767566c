/** The options of `verifyWebhook` and `webhookHandler`, their defaults, and the checks run on them up front. */
import {
  checkKindOption,
  checkNumberOption,
  checkOptionNames,
  kindOf,
  type OptionKind,
} from '@resendkit/client/shared';
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

/**
 * How a refused value is shown in a message: a number as itself, anything else only by its kind, so a
 * secret passed in the wrong place (say, as `handlers`) never ends up in a log.
 */
const shown = (value: unknown) => (typeof value === 'number' ? value : kindOf(value));

/** Throws `invalid_option` naming `name`, what it must be and what was given. */
export function refuseOption(name: string, mustBe: string, value: unknown): never {
  throw new WebhookOptionError(name, `${name} must be ${mustBe} (got ${shown(value)}).`);
}

/** The error the shared checkers throw for option `name`. */
const failing = (name: string) => (message: string) => new WebhookOptionError(name, message);

/** Refuses with `invalid_option` a value of none of `kinds`; `undefined` passes (the default applies). */
export function checkKind(name: string, value: unknown, kinds: readonly OptionKind[]): void {
  checkKindOption(value, name, kinds, failing(name));
}

/**
 * Refuses with `invalid_option` the first own name of `input` not in `known` (`what` is the function),
 * naming the nearest known one: a misspelt `tolerance` or `dedup` would leave its default silently in
 * force. The error's `option` is the name refused.
 */
export function checkNames(input: object, known: readonly string[], what: string): void {
  checkOptionNames(input, known, what, (message, name) => failing(name)(message));
}

/** Refuses a required argument that is not an object (`undefined` included: it has no default). */
export function checkInput(name: string, value: unknown, mustBe = 'an object'): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) refuseOption(name, mustBe, value);
}

/** Checks an optional number option: finite, at least `min`, an integer when `integer`. */
export function checkNumber(name: string, value: unknown, min: number, integer: boolean): void {
  if (value === undefined) return;
  checkNumberOption(value, 0, name, { min, max: Number.MAX_SAFE_INTEGER, integer }, failing(name));
}

/** Checks every {@link VerifyOptions} field; throws `invalid_option` for the first one out of range. */
export function checkVerifyOptions(options: VerifyOptions): void {
  checkNumber('toleranceSeconds', options.toleranceSeconds, 0, false);
  checkNumber('maxPayloadBytes', options.maxPayloadBytes, 0, true);
  checkKind('now', options.now, ['function']);
}

/** The current time in whole Unix seconds from `now`; a clock that returns no finite number is refused. */
export function nowSeconds(now: (() => number) | undefined): number {
  const ms = (now ?? Date.now)();
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    refuseOption('now', 'a function returning a finite number of ms', ms);
  return Math.floor(ms / 1000);
}
