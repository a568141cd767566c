/** The fake's option-name check: the shared checker, its refusal a {@link FakeOptionsError}. */
import { checkOptionNames } from '@resendkit/client/shared';
import { FakeOptionsError } from './options-error.js';
import { hiddenText } from './shown-value.js';

/**
 * Throws a {@link FakeOptionsError} for the first own name of `options` not in `known`, its `option`
 * the name after `prefix` (e.g. `faults.errRate`) and its message naming the nearest known name or
 * listing them (`what` names the function or option whose names these are). A misspelt name would
 * otherwise leave its default silently in force: `rateLimit` stays on after `ratelimit: false`.
 *
 * A name shaped like a secret (a key spread in as a name, `{ [apiKey]: … }`) is told by its kind
 * and length only ({@link hiddenText}), and its `option`, which the error's JSON and inspect output
 * show too, is then the object that held it: `prefix` without its dot, or `options`.
 */
export function checkNames(options: object, known: readonly string[], what: string, prefix = ''): void {
  checkOptionNames(options, known, what, (message, name) => {
    const hidden = hiddenText(name);
    if (hidden === undefined) return new FakeOptionsError(`${prefix}${name}`, message);
    // The shared message quotes the name once, after `what` (one of ours, so not the name).
    const shown = message.replace(JSON.stringify(name), () => hidden);
    return new FakeOptionsError(prefix.slice(0, -1) || 'options', shown);
  });
}
