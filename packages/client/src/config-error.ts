/** The error thrown synchronously by `createResendClient` (and friends) for unusable options. */
import { ResendKitError, isResendKitError } from './error-base.js';
import { type OptionKind, checkKindOption } from './shared/check-kind.js';
import { checkNumberOption } from './shared/check-number.js';

/**
 * What is wrong with the options:
 * - `missing_api_key` — no `apiKey` option and no `RESEND_API_KEY` in the environment.
 * - `invalid_api_key` — the key is empty, or holds whitespace, control or non-ASCII characters.
 * - `insecure_base_url` — `baseUrl` is plain `http:` on a host that is not loopback.
 * - `invalid_base_url` — `baseUrl` does not parse, has another scheme, or carries credentials.
 * - `invalid_option` — any other option is out of range (the message names it).
 */
export type ConfigErrorCode =
  'missing_api_key' | 'invalid_api_key' | 'insecure_base_url' | 'invalid_base_url' | 'invalid_option';

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

/**
 * Returns `value` (or `fallback` when it is `undefined`) when it is a number from `min` to
 * `MAX_TIMER_MS` (an integer when `integer`); otherwise throws `invalid_option` naming `name`.
 */
export function checkNumber(value: unknown, fallback: number, name: string, min: number, integer = false): number {
  return checkNumberOption(
    value,
    fallback,
    name,
    { min, integer },
    (message) => new ResendConfigError('invalid_option', message),
  );
}

/**
 * Returns quietly when `value` is `undefined` or one of `kinds` (see {@link OptionKind}); otherwise
 * throws `invalid_option` naming `name`, the kinds allowed and what it got.
 */
export function checkKind(value: unknown, name: string, kinds: readonly OptionKind[]): void {
  checkKindOption(value, name, kinds, configFailure);
}

/** The `invalid_option` error with `message`, for the shared checkers. */
export const configFailure = (message: string): ResendConfigError => new ResendConfigError('invalid_option', message);
