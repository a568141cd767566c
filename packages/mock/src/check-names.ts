/** The fake's option-name check: the shared checker, its refusal a {@link FakeOptionsError}. */
import { checkOptionNames } from '@resendkit/client/shared';
import { FakeOptionsError } from './options-error.js';

/**
 * Throws a {@link FakeOptionsError} for the first own name of `options` not in `known`, its `option`
 * the name after `prefix` (e.g. `faults.errRate`) and its message naming the nearest known name or
 * listing them (`what` names the function or option whose names these are). A misspelt name would
 * otherwise leave its default silently in force: `rateLimit` stays on after `ratelimit: false`.
 */
export function checkNames(options: object, known: readonly string[], what: string, prefix = ''): void {
  checkOptionNames(options, known, what, (message, name) => new FakeOptionsError(`${prefix}${name}`, message));
}
