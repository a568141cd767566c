/** The errors of this package: a refused delivery, and an option out of range. */
import { ResendKitError, isResendKitError } from '@resendkit/client/errors';

/**
 * Why a delivery was refused:
 * - `missing_header`: `svix-id`, `svix-timestamp` or `svix-signature` is absent or empty.
 * - `invalid_header`: a header is present but malformed (a timestamp that is not whole seconds,
 *   an over-long header).
 * - `invalid_secret`: the configured secret is empty (or blank) or, once trimmed of whitespace at
 *   either end, not base64 (with or without `whsec_`); a byte-order mark (U+FEFF) or whitespace
 *   inside it is named.
 * - `invalid_signature`: no `v1` signature matches the body; the body or headers were changed, or
 *   the secret is not this endpoint's.
 * - `timestamp_too_old` / `timestamp_too_new`: `svix-timestamp` is outside the tolerance (a replay,
 *   or a clock far off).
 * - `payload_too_large`: the body is over `maxPayloadBytes`.
 * - `invalid_payload`: the signature matched but the body is not a JSON event (`{ type, … }`).
 */
export type WebhookVerificationErrorCode =
  | 'missing_header'
  | 'invalid_header'
  | 'invalid_secret'
  | 'invalid_signature'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'payload_too_large'
  | 'invalid_payload';

/**
 * A webhook delivery failed verification. The message names the problem, never the secret or the
 * signatures; answer the sender with a bare 400 rather than this message.
 */
export class WebhookVerificationError extends ResendKitError<WebhookVerificationErrorCode> {
  /** @param code - what was wrong; @param message - what failed and what to do. */
  constructor(code: WebhookVerificationErrorCode, message: string) {
    super('WebhookVerificationError', code, message);
  }
}

/** True when `error` is a {@link WebhookVerificationError} (also across duplicated package copies). */
export function isWebhookVerificationError(error: unknown): error is WebhookVerificationError {
  return isResendKitError(error, 'WebhookVerificationError');
}

/**
 * An option of `verifyWebhook`, `webhookHandler` or `signWebhook` is out of range or of the wrong type,
 * or (`webhookHandler`, `signWebhook`) unknown by name (`code` `invalid_option`). Thrown before any delivery is looked at
 * (`webhookHandler` reports one through `onError`, option `request`, when given no fetch `Request` or
 * one whose body was already read or is locked); the message names the option
 * and what was given: the value given for a number option, only the kind of anything else (so a
 * secret passed as `handlers` or `options` is never echoed).
 */
export class WebhookOptionError extends ResendKitError<'invalid_option'> {
  /** The option that was refused, e.g. `toleranceSeconds`. */
  readonly option: string;

  /** @param option - the option's name; @param message - what it must be and what was given. */
  constructor(option: string, message: string) {
    super('WebhookOptionError', 'invalid_option', message);
    this.option = option;
  }

  /** Adds `option` to the JSON form. */
  protected override fields(): Record<string, unknown> {
    return { option: this.option };
  }
}

/** True when `error` is a {@link WebhookOptionError} (also across duplicated package copies). */
export function isWebhookOptionError(error: unknown): error is WebhookOptionError {
  return isResendKitError(error, 'WebhookOptionError');
}
