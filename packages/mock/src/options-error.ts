import { ResendKitError, isResendKitError } from '@resendkit/client/errors';

/**
 * Thrown by `createFakeResend()` (and `fake.setFaults()`) when an option is out of range, of the
 * wrong kind or of an unknown name, so that a typo such as `windowMs: NaN`, `rateLimit: 'off'` or
 * `ratelimit: false` fails at once instead of quietly changing how the fake behaves; also by the test
 * API, `mswHandlers()` and `listen()` for an argument of the wrong kind or an unknown option name.
 * Its `code` is always `invalid_option`; `option` names the option at fault.
 */
export class FakeOptionsError extends ResendKitError<'invalid_option'> {
  /**
   * The option at fault, as a path from the options object, e.g. `windowMs`, `faults.statuses` or
   * an unknown `faults.errRate`.
   */
  readonly option: string;

  /**
   * @param option - the option at fault, e.g. `faults.errorRate`.
   * @param message - what was wrong and the allowed range.
   */
  constructor(option: string, message: string) {
    super('FakeOptionsError', 'invalid_option', message);
    this.option = option;
  }

  protected override fields(): Record<string, unknown> {
    return { option: this.option };
  }
}

/** True for a {@link FakeOptionsError}, also one made by another copy of this package. */
export function isFakeOptionsError(error: unknown): error is FakeOptionsError {
  return isResendKitError(error, 'FakeOptionsError');
}
