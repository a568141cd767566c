/**
 * Links and one-time codes in an email, for end-to-end tests that click a magic link or type a
 * code. Codes are 4–8 digit runs that stand alone: not part of a longer number (`1,234,567`,
 * `3.14159`, `+1 555 123 4567`), a date or time (`2026-12-06`, `06/12/2026`, `12:3045`), a colour
 * (`#123456`), an entity (`&#8203;`), an amount (`$1200`, `1200%`), an identifier (`ABC1234`) or a
 * year next to a month or a copyright sign.
 */
import { kindOf } from '@resendkit/client/shared';
import { FakeOptionsError } from '../options-error.js';

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d{1,7});/g, (_, n: string) => safeChar(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, n: string) => safeChar(parseInt(n, 16)))
    .replace(/&nbsp;/gi, ' ')
    .replace(/&copy;/gi, '©')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&');
}

function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' ';
}

/** The visible text of an HTML body: no head, style or script, tags become spaces, entities decoded. */
export function visibleText(html: string): string {
  const withoutBlocks = html
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  let out = '';
  let i = 0;
  while (i < withoutBlocks.length) {
    const open = withoutBlocks.indexOf('<', i);
    const close = open < 0 ? -1 : withoutBlocks.indexOf('>', open);
    if (close < 0) {
      out += withoutBlocks.slice(i);
      break;
    }
    out += `${withoutBlocks.slice(i, open)} `;
    i = close + 1;
  }
  return decodeEntities(out);
}

/** Refuses a body that is not text (a number, a Buffer, an object), which would crash the search. */
function checkBody(method: string, option: 'text' | 'html', value: unknown): void {
  if (value != null && typeof value !== 'string')
    throw new FakeOptionsError(option, `${method}: ${option} must be a string or null (got ${kindOf(value)}).`);
}

/**
 * `http(s)` links in the HTML's `href`s, then in the text, in order of appearance, without repeats.
 * @throws `FakeOptionsError` when `text` or `html` is neither a string nor `null`.
 */
export function findLinks(text: string | null, html: string | null): string[] {
  checkBody('findLinks', 'text', text);
  checkBody('findLinks', 'html', html);
  const found: string[] = [];
  for (const match of (html ?? '').matchAll(HREF)) {
    const href = decodeEntities((match[1] ?? match[2] ?? '').trim());
    if (/^https?:\/\//i.test(href)) found.push(href);
  }
  for (const source of [text ?? '', html ? visibleText(html) : '']) {
    for (const [url] of source.matchAll(URL_IN_TEXT)) found.push(url.replace(TRAILING, ''));
  }
  return [...new Set(found)];
}

const MONTHS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$|^\s*,?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** True when the digits at `start..end` are part of something larger than a standalone code. */
function isPartOfSomethingElse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  const prev = before.slice(-1);
  const next = after.slice(0, 1);
  // Glued to letters, other digits or markers of colours, entities, amounts, phone numbers, paths.
  if (/[\p{L}\p{N}_#&$€£¥+@\\]/u.test(prev) || /[\p{L}\p{N}_%€@]/u.test(next)) return true;
  // Separators between digits: decimals, thousands, dates, times, ranges, versions, phone groups.
  if (/\d[.,:/\-–]$/.test(before) || /^[.,:/\-–]\d/.test(after)) return true;
  if (/\d[ \u00a0]$/.test(before) || /^[ \u00a0]\d/.test(after)) return true;
  return false;
}

/** A 4-digit year next to a month name or a copyright sign (`May 2026`, `© 2026`). */
function isYear(text: string, start: number, digits: string): boolean {
  if (digits.length !== 4 || !/^(?:19|20)\d\d$/.test(digits)) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(start + 4, start + 16);
  return /(?:©|\(c\)|copyright)\s*$/i.test(before) || MONTHS.test(before) || MONTHS.test(after);
}

/** Standalone 4–8 digit codes in `text`, in order, without repeats. */
export function codesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\d{4,8}/g)) {
    const start = match.index;
    const end = start + match[0].length;
    // A longer run of digits is one number, never a code inside it.
    if (/\d/.test(text[start - 1] ?? '') || /\d/.test(text[end] ?? '')) continue;
    if (isPartOfSomethingElse(text, start, end) || isYear(text, start, match[0])) continue;
    found.push(match[0]);
  }
  return found;
}

/**
 * One-time codes in the text body and the HTML's visible text, in order, without repeats.
 * @throws `FakeOptionsError` when `text` or `html` is neither a string nor `null`.
 */
export function findCodes(text: string | null, html: string | null): string[] {
  checkBody('findCodes', 'text', text);
  checkBody('findCodes', 'html', html);
  // Links carry digits (tracking IDs, dates in paths) that are not codes.
  const strip = (s: string) => s.replace(URL_IN_TEXT, ' ');
  return [...new Set([...codesIn(strip(text ?? '')), ...codesIn(strip(html ? visibleText(html) : ''))])];
}
