/**
 * The test API's view of sent emails: a filter (recipient, subject, since), the JSON an end-to-end
 * suite reads (with the links and codes found in the email), and waiting until a match exists.
 */
import { followSignal } from '@resendkit/client/shared';
import type { StoredEmail } from '../state.js';
import type { ReadonlyCollection } from '../store.js';
import { findCodes, findLinks } from './extract.js';

/** Which emails a test waits for; every given field must match. */
export interface EmailFilter {
  /** An address among the To, Cc or Bcc recipients (case-insensitive; `Name <a@b.co>` forms are read). */
  to?: string;
  /** Text the subject contains (case-insensitive). */
  subject?: string;
  /** Only emails accepted at or after this time (ms since the epoch). */
  since?: number;
}

/** A sent email as the test API answers with it. */
export interface TestEmail {
  id: string;
  from: string;
  to: string[];
  cc: string[] | null;
  bcc: string[] | null;
  subject: string;
  text: string | null;
  html: string | null;
  /** ISO 8601. */
  created_at: string;
  last_event: string;
  tags: { name: string; value: string }[];
  /** `http(s)` links in the HTML's `href`s and in the text, in order. */
  links: string[];
  /** Standalone 4–8 digit codes in the text and the HTML's visible text, in order. */
  codes: string[];
}

/** `2026-04-03 22:13:42.674000+00` → ms since the epoch. */
export function storedTime(value: string): number {
  return Date.parse(value.replace(' ', 'T').replace(/(\.\d{3})\d*\+00$/, '$1Z'));
}

function address(recipient: string): string {
  const angle = /<([^<>]*)>\s*$/.exec(recipient);
  return (angle ? angle[1]! : recipient).trim().toLowerCase();
}

/** True when `email` matches every field of `filter`. */
export function matches(email: StoredEmail, filter: EmailFilter): boolean {
  if (filter.to !== undefined) {
    const wanted = address(filter.to);
    if (![...email.to, ...(email.cc ?? []), ...(email.bcc ?? [])].some((r) => address(r) === wanted)) return false;
  }
  if (filter.subject !== undefined && !email.subject.toLowerCase().includes(filter.subject.toLowerCase())) return false;
  if (filter.since !== undefined && !(storedTime(email.created_at) >= filter.since)) return false;
  return true;
}

/** Matching emails, newest first. */
export function findEmails(emails: ReadonlyCollection<StoredEmail>, filter: EmailFilter): StoredEmail[] {
  return emails.newestFirst().filter((email) => matches(email, filter));
}

/** The JSON the test API answers with for one email. */
export function testEmail(email: StoredEmail): TestEmail {
  const { id, from, to, cc, bcc, subject, text, html, last_event, tags } = email;
  return {
    id,
    from,
    to,
    cc,
    bcc,
    subject,
    text,
    html,
    created_at: new Date(storedTime(email.created_at)).toISOString(),
    last_event,
    tags,
    links: findLinks(text, html),
    codes: findCodes(text, html),
  };
}

/** Longest wait the test API accepts, in ms (a longer `wait` is cut to this). */
export const MAX_WAIT_MS = 30_000;

/**
 * Resolves with the matching emails (newest first) as soon as there is one, or with `[]` when
 * `timeoutMs` runs out or `signal` aborts. `subscribe` tells of changes to the fake's state.
 */
export function waitForEmails(
  emails: ReadonlyCollection<StoredEmail>,
  subscribe: (listener: () => void) => () => void,
  filter: EmailFilter,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<StoredEmail[]> {
  const now = findEmails(emails, filter);
  if (now.length > 0 || timeoutMs <= 0 || signal?.aborted) return Promise.resolve(now);
  return new Promise((resolve) => {
    let unfollow: (() => void) | undefined;
    const done = (found: StoredEmail[]) => {
      clearTimeout(timer);
      clearInterval(recheck);
      unsubscribe();
      unfollow?.();
      resolve(found);
    };
    const look = () => {
      const found = findEmails(emails, filter);
      if (found.length > 0) done(found);
    };
    const abort = () => done([]);
    const timer = setTimeout(abort, timeoutMs);
    // Changes arrive through `subscribe`; the slow re-check covers stores that change without telling.
    const recheck = setInterval(look, 250);
    const unsubscribe = subscribe(look);
    // One listener on a signal however many waits share it (followSignal).
    unfollow = signal && followSignal(signal, abort);
  });
}
