/**
 * A refused option value as an error message shows it. Option errors end up in test output, CI logs
 * and bug reports, so a string that could be a secret — shaped like a Resend API key or a webhook
 * signing secret, or a URL carrying credentials — is told only by its kind and length: a key pasted
 * into the wrong option (`baseUrl: 're_…'`) must not travel with the message. Any other string is
 * shown as given, cut short, so an ordinary typo (`htps://…`, `sendingRules: 'strict'`) stays visible.
 */
import { cutText, kindOf } from '@resendkit/client/shared';

/** Longer strings are cut: a message is one readable line, whatever was passed. */
const SHOWN_LENGTH = 80;

/**
 * What a secret looks like, and its name in a message. Matched anywhere in the string: `Bearer re_…`
 * or a key in a query string is as secret as the key alone.
 */
const SECRET_SHAPES: readonly (readonly [RegExp, string])[] = [
  // Not inside a word (`are_you_sure` is no key).
  [/(?:^|[^A-Za-z0-9])re_[A-Za-z0-9_-]{6,}/, 'an API key'],
  [/whsec_[A-Za-z0-9+/=_-]{6,}/, 'a webhook secret'],
  // `scheme://user:password@host`, whether `URL` can parse the rest or not.
  [/\/\/[^/?#\s]*@/, 'a URL with credentials'],
];

/** What `text` would give away, e.g. `an API key`, or `undefined` when it looks like no secret. */
export function secretKind(text: string): string | undefined {
  return SECRET_SHAPES.find(([shape]) => shape.test(text))?.[1];
}

/**
 * What a message shows in place of `text` when it could be a secret (its kind and length), else
 * `undefined`. Apart from {@link shownText} so the option-name check, which the server entry bundles
 * too, does not bring in the cutting of long text.
 */
export function hiddenText(text: string): string | undefined {
  const secret = secretKind(text);
  return secret && `a string of ${text.length} characters shaped like ${secret} (not shown)`;
}

/** A string as a message shows it: quoted and cut short, or only its length when it could be a secret. */
export function shownText(text: string): string {
  return hiddenText(text) ?? JSON.stringify(text.length > SHOWN_LENGTH ? `${cutText(text, SHOWN_LENGTH)}…` : text);
}

/**
 * Any refused value as its message shows it: strings by {@link shownText}, an object or a function
 * by its kind (a function's `String` is its source, an object's may throw or echo what it holds),
 * other values as `String` gives them. Arrays nested deeper than
 * two levels show as `[…]`: the test API takes settings from any HTTP client, and a value 30 000
 * arrays deep overflowed the stack.
 */
export function shownValue(value: unknown, depth = 0): string {
  if (Array.isArray(value))
    return depth >= 2 ? '[…]' : `[${value.map((item) => shownValue(item, depth + 1)).join(', ')}]`;
  if (typeof value === 'string') return shownText(value);
  return (typeof value === 'object' && value !== null) || typeof value === 'function' ? kindOf(value) : String(value);
}
