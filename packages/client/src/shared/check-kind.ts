/**
 * The kind checker beside the number checker: an option that must be an object of options, a
 * function, a boolean, a string or a list of strings is one, or the package's own typed error names
 * the option, what it may be and what it got. Without it, `retry: true` or `rateLimit: 'off'` would be
 * read as an empty object (the defaults) and `idempotency: { paths: '/emails' }` as a set of letters:
 * silently not what the caller meant.
 */

/** What an option may be: `object` is a plain object (not `null`, not an array). */
export type OptionKind = 'object' | 'false' | 'boolean' | 'function' | 'string' | 'strings';

const WORDS: Record<OptionKind, string> = {
  object: 'an object',
  false: 'false',
  boolean: 'a boolean',
  function: 'a function',
  string: 'a string',
  strings: 'an array of strings',
};

function fits(value: unknown, kind: OptionKind): boolean {
  switch (kind) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'false':
      return value === false;
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    default:
      return typeof value === kind;
  }
}

/** What `value` is, as a message names it: its `typeof`, told apart for `null` and arrays (never the value itself). */
export function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * A thrown value (or an option's) as a message names it: an `Error`'s message, a string, number or
 * other primitive as it is, any other object or a function by its kind (an object's `String()` may
 * throw, as a prototype-less one's does, or echo what it holds; a function's is its source).
 */
export function thrownText(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return (typeof thrown === 'object' && thrown !== null) || typeof thrown === 'function'
    ? kindOf(thrown)
    : String(thrown);
}

/**
 * Returns quietly when `value` is `undefined` (the option's default applies) or one of `kinds`;
 * otherwise throws `fail(message)`, with a message naming `name`, the kinds allowed and what it got.
 */
export function checkKindOption(
  value: unknown,
  name: string,
  kinds: readonly OptionKind[],
  fail: (message: string) => Error,
): void {
  if (value === undefined || kinds.some((kind) => fits(value, kind))) return;
  const allowed = kinds.map((kind) => WORDS[kind]);
  const words = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0];
  throw fail(`${name} must be ${words} (got ${kindOf(value)}).`);
}

/**
 * Throws `fail(message, name)` for the first own name of `options` not in `known`, naming the nearest
 * known one (same first letters, case and `_` aside) or listing them all: a misspelt option (`ratelimit`,
 * `idempotency_key`) would otherwise leave its default silently in force. `what` names the function
 * or the option whose names these are.
 */
export function checkOptionNames(
  options: object,
  known: readonly string[],
  what: string,
  fail: (message: string, name: string) => Error,
): void {
  for (const name of Object.keys(options)) {
    if (known.includes(name)) continue;
    const start = name.toLowerCase().replace(/_/g, '').slice(0, 5);
    const near = name.length < 3 ? undefined : known.find((k) => k.toLowerCase().startsWith(start));
    const hint = near === undefined ? `; the options are ${known.join(', ')}` : ` (did you mean ${near}?)`;
    throw fail(`${what} has no option ${JSON.stringify(name)}${hint}.`, name);
  }
}
