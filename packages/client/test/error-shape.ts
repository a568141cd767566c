/**
 * The checks every resendkit error must pass (the error model of src/error-base.ts), shared by the
 * error-model tests of every package.
 */
import { expect } from 'vitest';
import { ResendKitError, isResendKitError } from '../src/error-base.js';

/** One or more sentences: starts with a letter, a quote, a backtick or `emails[…]`, ends with a period. */
const SENTENCES = /^[A-Za-z`"'[][\s\S]*\.$/;

/** Looks like an API key (`re_…`) or a webhook signing secret or signature. */
const SECRET = /\bre_[A-Za-z0-9_]{8,}|whsec_[A-Za-z0-9+/]{8,}|v1,[A-Za-z0-9+/]{20,}/;

/**
 * Asserts `error` follows the error model: a {@link ResendKitError} of `kind` whose guard holds,
 * also for an error from another copy of the package (simulated by a plain Error with the brand),
 * `name` === `code`, a message in the one format with no secret, and a `toJSON()` of exactly
 * `{ name, code, message, …fields }` without the cause.
 */
export function expectErrorModel(
  error: unknown,
  kind: string,
  guard: (error: unknown) => boolean,
  fields: Record<string, unknown> = {},
): void {
  const label = `${kind} ${String((error as Error | undefined)?.message)}`;
  expect(error, label).toBeInstanceOf(ResendKitError);
  const e = error as ResendKitError;
  expect(isResendKitError(e), label).toBe(true);
  expect(isResendKitError(e, kind), label).toBe(true);
  expect(guard(e), label).toBe(true);
  expect(e.code, label).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  expect(e.name, label).toBe(e.code);
  expect(e.message, label).toMatch(SENTENCES);
  expect(e.message, label).not.toMatch(SECRET);
  expect(e.toJSON(), label).toEqual({ name: e.code, code: e.code, message: e.message, ...fields });
  expect(JSON.stringify(e), label).not.toMatch(SECRET);

  const foreign = Object.assign(new Error(e.message), { [Symbol.for('resendkit.error')]: kind, code: e.code });
  expect(guard(foreign), `${label} (another copy)`).toBe(true);
  expect(isResendKitError(foreign), `${label} (another copy)`).toBe(true);
  const otherKind = Object.assign(new Error('x'), { [Symbol.for('resendkit.error')]: `${kind}Other` });
  expect(guard(otherKind), `${label} (another kind)`).toBe(false);
  expect(guard(Object.assign(new Error('x'), { name: e.name, code: e.code })), `${label} (no brand)`).toBe(false);
}
