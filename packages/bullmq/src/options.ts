/**
 * The option checks of both factories. BullMQ reads a wrong kind as something else — a `connection`
 * given as a URL string, `true` or `null` becomes 127.0.0.1:6379, where every command then waits
 * forever; a numeric `name` is a `TypeError` — so each option is checked here first, and refused with
 * `invalid_option` naming it.
 */
import {
  type NumberRule,
  type OptionKind,
  checkKindOption,
  checkNumberOption,
  checkOptionNames,
  kindOf,
} from '@resendkit/client/shared';
import { EmailQueueError } from './errors.js';

// Handed on from here so that the package imports the shared helpers in one place: one import in the
// bundle (`pnpm size`: 3.92 kB min+gz, 3.95 kB with each file importing it from the shared entry).
export { kindOf };

/** The default queue name. */
export const DEFAULT_QUEUE_NAME = 'resend-emails';

/** The `invalid_option` error with `message`, for the shared checkers. */
export const fail = (message: string) => new EmailQueueError('invalid_option', message);

/** Returns when `value` is `undefined` or one of `kinds`, else throws `invalid_option` naming `name`. */
export const checkKind = (value: unknown, name: string, kinds: readonly OptionKind[]) =>
  checkKindOption(value, name, kinds, fail);

/**
 * `value` (or `fallback` when `undefined`) when it is a number within `rule`, else `invalid_option`
 * (the shared checker shows a long string only by its length: it may be a secret put in the wrong place).
 */
export const checkNumber = (value: unknown, fallback: number, name: string, rule: NumberRule) =>
  checkNumberOption(value, fallback, name, rule, fail);

/**
 * Returns when every own name of `options` is in `known`, else throws `invalid_option` naming the
 * first other one and the nearest known name (`what` names the function or option): a misspelt
 * `backoff` or `delayMs` would otherwise leave its default silently in force.
 */
export const checkNames = (options: object, known: readonly string[], what: string) =>
  checkOptionNames(options, known, what, fail);

/**
 * Checks what both factories take — `options` an object of the names in `known` (`what` is the
 * factory), with a `connection` object (ioredis options or instance) and a `name` BullMQ accepts — and
 * returns the queue's name. `example` shows the call.
 */
export function checkQueueOptions(options: unknown, what: string, known: readonly string[], example: string): string {
  checkKind(options, 'options', ['object']);
  // Before `connection` is looked for, so that a misspelt one is named as such, not as missing.
  if (options !== undefined) checkNames(options as object, known, what);
  const { connection, name } = (options ?? {}) as { connection?: unknown; name?: unknown };
  if (connection === undefined) throw fail(`connection is required: ${example}.`);
  checkKind(connection, 'connection', ['object']);
  checkKind(name, 'name', ['string']);
  // BullMQ refuses these too, but with a plain Error.
  if (name === '' || (name as string | undefined)?.includes(':'))
    throw fail('name must be a non-empty string without ":".');
  return (name as string | undefined) ?? DEFAULT_QUEUE_NAME;
}
