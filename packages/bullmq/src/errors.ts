/** The typed errors of `@resendkit/bullmq`. */
import { ResendKitError, isResendKitError } from '@resendkit/client/errors';

/**
 * What is wrong with the arguments of `createEmailQueue` / `createEmailWorker` or `add`:
 * - `invalid_option` — an option is missing, unknown by name, of the wrong kind or out of range (the
 *   message names it).
 * - `invalid_email` — the email to enqueue is not an object, cannot be stored as JSON or is refused
 *   as `emails.send` would refuse it (both spellings of a field, a `react` render that throws: the
 *   client's `ResendError` is the `cause`), or the items of `addBulk` are not an array.
 * - `invalid_idempotent_request` — the key already holds a job with another email (as Resend answers a
 *   key reused with another body): this email was not enqueued.
 * - `redis_unavailable` — Redis did not answer `add` or `addBulk` within `addTimeoutMs` (the message
 *   names its host and port). The add may still happen once Redis is back: adding the same email
 *   again is safe, since its job id is its key (or, without one, its fingerprint) and stores one job.
 */
export type EmailQueueErrorCode =
  'invalid_option' | 'invalid_email' | 'invalid_idempotent_request' | 'redis_unavailable';

/** Thrown for arguments that cannot work, nothing enqueued, or for a Redis that did not answer in time. */
export class EmailQueueError extends ResendKitError<EmailQueueErrorCode> {
  /** @param code - the problem; @param message - what failed and what to fix; @param cause - the error behind it. */
  constructor(code: EmailQueueErrorCode, message: string, cause?: unknown) {
    super('EmailQueueError', code, message, cause);
  }
}

/** True for an {@link EmailQueueError}, also one made by another copy of this package. */
export function isEmailQueueError(error: unknown): error is EmailQueueError {
  return isResendKitError(error, 'EmailQueueError');
}
