/**
 * The base class of every error a resendkit package throws or returns, and the guard that
 * recognises them across duplicated copies of the packages. This file imports nothing, so the
 * `@resendkit/client/errors` entry that carries it stays a few hundred bytes.
 *
 * ## The error model
 * - Every class extends {@link ResendKitError}; `code` is its snake_case discriminant (e.g.
 *   `rate_limit_exceeded`, `invalid_option`, `invalid_signature`) and `name` is the same string, as in
 *   the Resend API's own error bodies. Key your handling on `code`.
 * - Each instance carries the brand `Symbol.for('resendkit.error')`, whose value is its class's kind
 *   (`"ResendError"`, `"PaginationError"`, …). `isResendKitError(e)` and the per-class guards
 *   (`isResendError`, `isPaginationError`, …) read the brand, so they hold for an error made by
 *   another installed copy of a package, where `instanceof` fails.
 * - `toJSON()` gives `{ name, code, message, …the class's own fields }`; the `cause` is left out (it
 *   may be a platform error holding a URL, a header or a Redis reply) and stays on `error.cause`.
 *
 * ## The message format
 * One or more full sentences. The first says what failed and names the option, header, path or
 * parameter involved; the next says what to do when there is something to do; the last ends with a
 * period. A message never holds an API key, a signing secret or a signature.
 * For example: "timeoutMs must be an integer from 0 to 2147483647 (got -1)." or
 * "The `svix-id` header is missing: this request was not sent by Resend, or a proxy dropped it."
 * @module @resendkit/client/errors
 */

/** The brand every resendkit error carries; its value is the class's kind, e.g. `"ResendError"`. */
const BRAND: unique symbol = Symbol.for('resendkit.error') as never;

/** The fields every resendkit error has in `toJSON()`. */
export interface ResendKitErrorJSON<Code extends string = string> {
  /** The same as `code`. */
  name: Code;
  /** The snake_case discriminant. */
  code: Code;
  /** What failed and what to do, in the format described in this module. */
  message: string;
}

/**
 * The base class of every resendkit error. `Code` is the union of the subclass's discriminants.
 * Not thrown itself: check for a particular class with its guard, for any resendkit error with
 * {@link isResendKitError}.
 */
export abstract class ResendKitError<Code extends string = string> extends Error {
  /** The snake_case discriminant; key error handling on it. */
  declare readonly code: Code;
  /** The same as `code`, as in the API's own error bodies. */
  declare readonly name: Code;
  /** The class's kind, read by the guards (also across copies of the package). */
  declare readonly [BRAND]: string;

  /**
   * @param kind - the class's name, stored in the brand for the guards.
   * @param code - the discriminant, also used as `name`.
   * @param message - what failed and what to do (see the module's message format).
   * @param cause - the underlying error, kept as the standard `Error.cause` when given.
   */
  protected constructor(kind: string, code: Code, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    // Non-enumerable, like Error's own `name` and `message`: inspect shows them once, spreads skip them.
    Object.defineProperty(this, 'name', { value: code, configurable: true, writable: true });
    Object.defineProperty(this, 'code', { value: code, configurable: true, enumerable: true });
    Object.defineProperty(this, BRAND, { value: kind });
  }

  /** The error as plain data for logs: `{ name, code, message, …fields }`, never the `cause`. */
  toJSON(): ResendKitErrorJSON<Code> {
    return { name: this.name, code: this.code, message: this.message, ...this.fields() };
  }

  /** The class's own fields for `toJSON()`; none here. */
  protected fields(): Record<string, unknown> {
    return {};
  }
}

/**
 * True when `error` is a resendkit error (of the class named `kind`, when given, e.g.
 * `"PaginationError"`): an `Error` carrying the resendkit brand. Holds across duplicated copies of
 * the packages, where `instanceof` does not.
 */
export function isResendKitError(error: unknown, kind?: string): error is ResendKitError {
  if (!(error instanceof Error)) return false;
  const brand = (error as { [BRAND]?: unknown })[BRAND];
  return kind === undefined ? typeof brand === 'string' : brand === kind;
}
