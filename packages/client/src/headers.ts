/**
 * Header checks, so a malformed or forbidden header is refused with a typed error before anything is
 * sent, instead of making every later call throw a platform `TypeError` (CR/LF, non-Latin-1) or
 * silently changing what the client does (`Authorization`, a client-wide `Idempotency-Key`).
 */
import { kindOf } from './shared/check-kind.js';

/** A header name (an RFC 9110 token) and a value fetch accepts: Latin-1 without CR, LF or NUL. */
const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Header pairs of any form openapi-fetch takes (`Headers`, pairs, or a record of values/arrays);
 * `undefined` for a value that is none of them (a string, a number).
 */
function pairsOf(headers: unknown): [string, unknown][] | undefined {
  if (headers == null) return [];
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return [...headers];
  if (Array.isArray(headers))
    return headers.map((pair) => (Array.isArray(pair) ? [String(pair[0]), pair[1]] : [String(pair), undefined]));
  if (typeof headers !== 'object') return undefined;
  const pairs: [string, unknown][] = [];
  for (const [name, value] of Object.entries(headers)) {
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v]);
  }
  return pairs;
}

/**
 * What is wrong with `headers`, or `undefined` when nothing is: not headers at all, a name that is
 * not a token, a value with CR, LF, NUL or a character above U+00FF, or a name in `forbidden` (lower
 * case). `null` and `undefined` values are allowed (openapi-fetch drops them). The answer names the
 * header, never its value.
 */
export function headerProblem(headers: unknown, forbidden: readonly string[]): string | undefined {
  const pairs = pairsOf(headers);
  if (pairs === undefined)
    return `not a Headers, an array of [name, value] pairs or an object (got ${kindOf(headers)})`;
  for (const [name, value] of pairs) {
    if (!NAME.test(name)) return `header name ${JSON.stringify(name.slice(0, 40))} is not a valid token`;
    if (forbidden.includes(name.toLowerCase())) return `the ${name} header is not allowed here`;
    if (value == null) continue;
    if (!['string', 'number', 'boolean'].includes(typeof value) || !VALUE.test(String(value))) {
      return `header ${name} has a value that is not text without CR, LF or NUL in Latin-1`;
    }
  }
  return undefined;
}
