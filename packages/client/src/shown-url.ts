/**
 * A refused base URL as an error message may show it: credentials, query string and fragment replaced
 * by `…`, anything shaped like an API key (or the key itself) masked, and at most 120 characters.
 */
import { kindOf } from './shared/check-kind.js';

const KEY_SHAPE = /re_[A-Za-z0-9_-]{6,}/g;

/** `String(value)`, else its kind: a prototype-less object's `String()` throws, as may a `toString` of its own. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return kindOf(value);
  }
}

/** `value` made safe to show; `apiKey`, when given, is masked wherever it appears. */
export function shownUrl(value: unknown, apiKey?: string): string {
  let text = textOf(value);
  try {
    const url = new URL(text);
    const credentials = url.username || url.password ? '…@' : '';
    // The path as the URL normalises it, but no `/` the value did not have (`https://host`).
    const path = url.pathname === '/' && !/\/$/.test(text.split(/[?#]/)[0]!) ? '' : url.pathname;
    text = `${url.protocol}//${credentials}${url.host}${path}${/\?/.test(text) ? '?…' : ''}${/#/.test(text) ? '#…' : ''}`;
  } catch {
    // Not a URL: shown as given, masked below.
  }
  if (apiKey) text = text.split(apiKey).join('re_…');
  text = text.replace(KEY_SHAPE, 're_…');
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}
