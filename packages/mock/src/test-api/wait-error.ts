import { ResendKitError, isResendKitError } from '@resendkit/client/errors';
import type { EmailFilter } from './emails.js';

/**
 * Thrown by `fake.waitForEmail()` when no matching email arrived in time. Its `code` is
 * `email_wait_timeout`; `filter` and `timeoutMs` say what was awaited.
 */
export class EmailWaitTimeoutError extends ResendKitError<'email_wait_timeout'> {
  /** What was awaited. */
  readonly filter: EmailFilter;
  /** How long, in ms. */
  readonly timeoutMs: number;

  constructor(filter: EmailFilter, timeoutMs: number) {
    const what = [
      filter.to && `to ${filter.to}`,
      filter.subject && `with a subject containing ${JSON.stringify(filter.subject)}`,
    ]
      .filter(Boolean)
      .join(' ');
    super(
      'EmailWaitTimeoutError',
      'email_wait_timeout',
      `No email ${what || 'at all'} arrived within ${timeoutMs} ms.`,
    );
    this.filter = filter;
    this.timeoutMs = timeoutMs;
  }

  protected override fields(): Record<string, unknown> {
    return { filter: this.filter, timeoutMs: this.timeoutMs };
  }
}

/** True for an {@link EmailWaitTimeoutError}, also one made by another copy of this package. */
export function isEmailWaitTimeoutError(error: unknown): error is EmailWaitTimeoutError {
  return isResendKitError(error, 'EmailWaitTimeoutError');
}
