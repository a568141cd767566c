/**
 * Header checks, so a malformed or forbidden header is refused with a typed error before anything is
 * sent, instead of making every later call throw a platform `TypeError` (CR/LF, non-Latin-1) or
 * silently changing what the client does (`Authorization`, a client-wide `Idempotency-Key`).
 */
import { kindOf } from './shared/check-kind.js';

/** A header name (an RFC 9110 token) and a value fetch accepts: Latin-1 without CR, LF or NUL. */
const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** How headers were given: each form openapi-fetch's `HeadersOptions` admits, or `undefined` for none of them. */
type HeaderForm = 'none' | 'record' | 'headers' | 'pairs';

/**
 * An object's tag: `[object Headers]` for a `Headers`, also one of another copy of the platform's
 * class (undici's own export, which `instanceof` misses), `[object Object]` for a record (one without
 * a prototype too), `[object Map]` for a `Map`.
 */
const tagOf = (value: object): string => Object.prototype.toString.call(value);

/**
 * The form of `headers`, or `undefined` for what is no headers at all: a string, a number, a `Map`
 * (whose entries `Object.entries` does not see: read as a record, it was silently no headers) or a
 * list holding anything but `[name, value]` pairs.
 */
function formOf(headers: unknown): HeaderForm | undefined {
  if (headers == null) return 'none';
  if (typeof headers !== 'object') return undefined;
  // A literal record first, as nearly every call's is: no tag read.
  if (Object.getPrototypeOf(headers) === Object.prototype) return 'record';
  if (Array.isArray(headers))
    return headers.every((pair) => Array.isArray(pair) && pair.length === 2) ? 'pairs' : undefined;
  const tag = tagOf(headers);
  return tag === '[object Headers]' ? 'headers' : tag === '[object Object]' ? 'record' : undefined;
}

/** Header pairs of `headers` (values of a record's arrays one pair each); `undefined` when it is no headers. */
function pairsOf(headers: unknown): [string, unknown][] | undefined {
  const form = formOf(headers);
  if (form === 'none') return [];
  if (form === 'pairs') return (headers as unknown[][]).map((pair) => [String(pair[0]), pair[1]]);
  if (form === 'headers') return [...(headers as Headers)];
  if (form === undefined) return undefined;
  const pairs: [string, unknown][] = [];
  for (const [name, value] of Object.entries(headers as object)) {
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v]);
  }
  return pairs;
}

/**
 * What is wrong with the kind of `headers` (`not a Headers, …`, for a message naming the option), or
 * `undefined` when it is headers of a form openapi-fetch admits. Names an object by its class (`Map`).
 */
export function headerKindProblem(headers: unknown): string | undefined {
  if (formOf(headers) !== undefined) return undefined;
  const kind =
    typeof headers === 'object' && headers !== null && !Array.isArray(headers)
      ? tagOf(headers).slice(8, -1)
      : kindOf(headers);
  return `not a Headers, an array of [name, value] pairs or an object (got ${kind})`;
}

/**
 * True when `headers` must be made a record before openapi-fetch or the direct call merges it: pairs
 * (openapi-fetch's merge reads them as a record, sending a header named `0` and losing the caller's
 * `Idempotency-Key`) or a `Headers` (a spread of one is `{}`). {@link formOf} tells a record or none,
 * which is nearly every call, by three cheap tests.
 */
export function needsRecord(headers: unknown): boolean {
  const form = formOf(headers);
  return form === 'pairs' || form === 'headers';
}

/**
 * `headers` as a record every merge reads right: pairs or a `Headers` become one with lower-case names,
 * a name given twice holding its values joined with ", " (as `Headers` joins them); anything else is
 * returned as it is (a record needs nothing; what is no headers was refused before, see
 * {@link headerKindProblem}).
 */
export function headerRecord(headers: unknown): Record<string, unknown> | null | undefined {
  if (!needsRecord(headers)) return headers as Record<string, unknown> | null | undefined;
  const record: Record<string, string> = {};
  for (const [rawName, value] of pairsOf(headers) ?? []) {
    // Dropped, as openapi-fetch drops a record's `null` and `undefined` (headerProblem lets them by).
    if (value == null) continue;
    const name = rawName.toLowerCase();
    const text = String(value);
    record[name] = name in record ? `${record[name]}, ${text}` : text;
  }
  return record;
}

/**
 * What is wrong with `headers`, or `undefined` when nothing is: not headers at all, a name that is
 * not a token, a value with CR, LF, NUL or a character above U+00FF, or a name in `forbidden` (lower
 * case). `null` and `undefined` values are allowed (openapi-fetch drops them). The answer names the
 * header, never its value.
 */
export function headerProblem(headers: unknown, forbidden: readonly string[]): string | undefined {
  const pairs = pairsOf(headers);
  if (pairs === undefined) return headerKindProblem(headers);
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
