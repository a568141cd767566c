/** The error thrown synchronously by `createResendClient` (and friends) for unusable options. */
import { ResendKitError, isResendKitError } from './error-base.js';

/**
 * What is wrong with the options:
 * - `missing_api_key` — no `apiKey` option and no `RESEND_API_KEY` in the environment.
 * - `invalid_api_key` — the key is empty, or holds whitespace, control or non-ASCII characters.
 * - `insecure_base_url` — `baseUrl` is plain `http:` on a host that is not loopback.
 * - `invalid_base_url` — `baseUrl` does not parse, has another scheme, or carries credentials.
 * - `invalid_option` — any other option is out of range (the message names it).
 */
export type ConfigErrorCode =
  | 'missing_api_key'
  | 'invalid_api_key'
  | 'insecure_base_url'
  | 'invalid_base_url'
  | 'invalid_option';

/** Thrown at construction when an option cannot work. Its message never contains the API key. */
export class ResendConfigError extends ResendKitError<ConfigErrorCode> {
  /** @param code - the problem; @param message - what failed and what to fix. */
  constructor(code: ConfigErrorCode, message: string) {
    super('ResendConfigError', code, message);
  }
}

/** True for a {@link ResendConfigError}, also one made by another copy of this package. */
export function isResendConfigError(error: unknown): error is ResendConfigError {
  return isResendKitError(error, 'ResendConfigError');
}

/** The longest delay `setTimeout` keeps (2³¹−1 ms, ~24.8 days); a larger one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Returns `value` (or `fallback` when it is `undefined`) when it is a number from `min` to
 * {@link MAX_TIMER_MS} (an integer when `integer`); otherwise throws `invalid_option` naming `name`.
 */
export function checkNumber(value: unknown, fallback: number, name: string, min: number, integer = false): number {
  const n = value === undefined ? fallback : value;
  if (typeof n !== 'number' || !(n >= min && n <= MAX_TIMER_MS) || (integer && !Number.isInteger(n))) {
    const kind = integer ? 'an integer' : 'a number';
    throw new ResendConfigError('invalid_option', `${name} must be ${kind} from ${min} to ${MAX_TIMER_MS} (got ${String(value)}).`);
  }
  return n;
}
