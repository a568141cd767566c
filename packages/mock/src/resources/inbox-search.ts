/**
 * What `GET /inboxes/{id}/threads/search` matches, by Resend's documented query rules: each word of
 * `query` is matched on its own, in any case, and all must occur; a `"quoted phrase"` must occur as
 * written (any whitespace between its words); `-word` or `-"phrase"` must not occur. At most 32
 * words (the spec refuses more than 256 characters). The address, attachment and date filters
 * narrow the emails and threads that can match.
 */
import { validationError } from '../api-error.js';
import { bareAddress } from '../recipient-outcome.js';
import { storedTime } from '../test-api/emails.js';

/** A parsed `query`: what an email's fields must all contain, and what none may. */
export interface SearchTerms {
  required: RegExp[];
  excluded: RegExp[];
  /** Every required term at once, to mark each hit in the highlights. */
  marks: RegExp | undefined;
}

/** What the filters read of an email. */
interface SearchedEmail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  received_at: string;
}

const MAX_WORDS = 32;
/** An optional `-`, then a quoted phrase (an unclosed quote runs to the end) or a word. */
const TOKEN = /(-?)(?:"([^"]*)"?|(\S+))/g;

/**
 * A case-insensitive pattern for a term in text as given. Not `indexOf` in a lower-cased copy: where
 * lower-casing changes the length (`İ` becomes two units), its offsets put the marks on other letters.
 */
function termPattern(term: string): string | undefined {
  const words = term.split(/\s+/).filter(Boolean);
  return words.length === 0 ? undefined : words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+');
}

/** Parses `query`, or throws 422 `validation_error` for more than 32 words. */
export function parseQuery(query: string): SearchTerms {
  if (query.split(/\s+/).filter(Boolean).length > MAX_WORDS)
    throw validationError(`Invalid \`query\` parameter: at most ${MAX_WORDS} words are allowed.`);
  const required: string[] = [];
  const excluded: string[] = [];
  for (const [, minus, phrase, word] of query.matchAll(TOKEN)) {
    const pattern = termPattern(phrase ?? word ?? '');
    if (pattern) (minus ? excluded : required).push(pattern);
  }
  const regex = (pattern: string) => new RegExp(pattern, 'iu');
  // Longest first, so a phrase is marked whole rather than a shorter term inside it.
  const all = [...required].sort((a, b) => b.length - a.length).join('|');
  return {
    required: required.map(regex),
    excluded: excluded.map(regex),
    marks: all ? new RegExp(all, 'giu') : undefined,
  };
}

/** True when `texts` (an email's searched fields) hold every required term and no excluded one. */
export function matchesTerms(terms: SearchTerms, texts: readonly string[]): boolean {
  const found = (pattern: RegExp) => texts.some((text) => pattern.test(text));
  return terms.required.every(found) && !terms.excluded.some(found);
}

/** Each field holding a required term, with `<mark>`s around every hit. */
export function highlightsOf(terms: SearchTerms, fields: Record<string, string>): Record<string, string> {
  const marks = terms.marks;
  if (!marks) return {};
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, text]) => text.search(marks) >= 0)
      .map(([name, text]) => [name, text.replace(marks, '<mark>$&</mark>')]),
  );
}

/** A comma-list query parameter (coerced to an array by the validator) as bare addresses. */
function addresses(value: unknown): Set<string> | undefined {
  if (value === undefined) return undefined;
  return new Set((Array.isArray(value) ? value : String(value).split(',')).map((a) => bareAddress(String(a))));
}

/** `start_date` / `end_date` in ms; a date alone is its whole UTC day. */
function dateBound(value: unknown, name: string, end: boolean): number {
  if (value === undefined) return end ? Infinity : -Infinity;
  const text = String(value);
  const day = /^\d{4}-\d\d-\d\d$/.test(text);
  const ms = Date.parse(day ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(ms)) throw validationError(`Invalid \`${name}\` parameter: use an ISO 8601 date or date-time.`);
  return day && end ? ms + 86_399_999 : ms;
}

/**
 * Which emails the `from`, `to`, `cc`, `bcc` (an email matches when one of its addresses of that
 * kind is listed), `start_date` and `end_date` filters keep.
 */
export function emailFilter(query: Record<string, unknown>): (email: SearchedEmail) => boolean {
  const lists = (['from', 'to', 'cc', 'bcc'] as const).map((field) => ({ field, wanted: addresses(query[field]) }));
  const start = dateBound(query.start_date, 'start_date', false);
  const end = dateBound(query.end_date, 'end_date', true);
  return (email) => {
    const at = storedTime(email.received_at);
    if (at < start || at > end) return false;
    return lists.every(({ field, wanted }) => {
      const value = email[field];
      return !wanted || (Array.isArray(value) ? value : [value]).some((a) => wanted.has(bareAddress(a)));
    });
  };
}
