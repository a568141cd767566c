/**
 * Thrown by `createFakeResend()` (and `fake.setFaults()`) when an option is out of range, so that a
 * typo such as `windowMs: NaN` fails at once instead of quietly changing how the fake behaves.
 */
export class FakeOptionsError extends TypeError {
  override name = 'FakeOptionsError';
  /** The option at fault, as a path from the options object, e.g. `windowMs` or `faults.statuses`. */
  readonly option: string;

  /**
   * @param option - the option at fault, e.g. `faults.errorRate`.
   * @param message - what was wrong and the allowed range.
   */
  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
