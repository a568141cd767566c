/**
 * What the inbox shows, computed from the fake's state: email summaries with search and paging,
 * an email's detail, the request log, webhook deliveries. Web-standard only: the core owns the
 * data, the server entry only serves it.
 */
import { kindOf } from '@resendkit/client/shared';
import { checkElement, checkKind, NUMBER_RULES } from '../check-options.js';
import { base64Size } from '../base64.js';
import { FakeOptionsError } from '../options-error.js';
import { secretKind, shownText } from '../shown-value.js';
import type { FakeStateStore, StoredEmail } from '../state.js';
import type { InboxChange, RequestLog, RequestLogEntry, StoredAttachment } from './request-log.js';

/** Largest page the inbox API returns. */
const MAX_PAGE = 200;

/** One row of the email list. */
export interface EmailSummary {
  id: string;
  from: string;
  to: string[];
  subject: string;
  created_at: string;
  last_event: string;
  scheduled_at: string | null;
  tags: { name: string; value: string }[];
  /** The request that created it, and how many emails that request created (a batch when > 1 or `batch`). */
  request: { id: number; size: number } | null;
  batch: boolean;
  /** Answers replayed for its idempotency key. */
  replays: number;
  idempotency_key: string | null;
  attachments: number;
}

/** A page of results. */
export interface Page<T> {
  total: number;
  offset: number;
  items: T[];
}

/** Query of the email list. */
export interface EmailQuery {
  /** Words that must all appear in the sender, a recipient, the subject or a tag (`name:value`). */
  q?: string;
  /** Only this `last_event`. */
  status?: string;
  offset?: number;
  limit?: number;
}

/**
 * The data the inbox serves. Each method throws a `FakeOptionsError` naming an argument or query
 * field of the wrong kind, an unknown query field, or an `offset` / `limit` that is not a whole
 * number of at least 0 / 1 (a `limit` above 200 is cut to 200).
 */
export interface InboxSource {
  /** Sent emails matching `query`, newest first, a page at a time. */
  emails(query?: EmailQuery): Page<EmailSummary>;
  /** One sent email with its attachments and its API form; `undefined` when there is none. */
  email(id: string):
    | {
        summary: EmailSummary;
        email: StoredEmail;
        attachments: { filename: string; contentType: string | null; size: number | null; path: string | null }[];
        api: unknown;
      }
    | undefined;
  /** The `index`-th attachment of email `id`, if any. */
  attachment(id: string, index: number): StoredAttachment | undefined;
  /** Cancels a scheduled email; `false` when it is not (or no longer) scheduled. */
  cancel(id: string): boolean;
  /** The request log matching `query`, newest first, without bodies. */
  requests(query?: {
    q?: string;
    offset?: number;
    limit?: number;
  }): Page<Omit<RequestLogEntry, 'requestBody' | 'responseBody'>>;
  /** One logged request with its bodies. */
  request(id: number): RequestLogEntry | undefined;
  /** Webhook deliveries the fake made, newest first. */
  deliveries(query?: { offset?: number; limit?: number }): Page<unknown>;
  /** Forgets sent emails, the request log and deliveries (other resources, rate limits and idempotency keys stay). */
  clear(): void;
  /** Calls `listener` on every change; returns the function that stops the calls. */
  subscribe(listener: (change: InboxChange) => void): () => void;
}

/**
 * Checks a list query before it is read: a string offset or a negative limit would otherwise fall
 * back to the first page of 50 without a word, a misspelt field would filter nothing, and a number
 * for `q` would crash. `undefined` is no query. Each refusal is a {@link FakeOptionsError} naming the field.
 */
function checkQuery<Q extends object>(method: string, query: Q | undefined, fields: readonly string[]): Q {
  const named = (field: string) => `inbox.${method}: ${field}`;
  if (query === undefined) return {} as Q;
  checkKind('query', query, ['object'], named('query'));
  for (const [field, value] of Object.entries(query)) {
    // Shown as option names are (check-names.ts): a key spread in as a field is told by kind and length.
    if (!fields.includes(field))
      throw new FakeOptionsError(
        secretKind(field) === undefined ? field : 'query',
        `inbox.${method} has no query field ${shownText(field)} (only ${fields.join(', ')}).`,
      );
    if (value === undefined) continue;
    if (field === 'offset') checkElement(field, named(field), value, NUMBER_RULES.offset);
    else if (field === 'limit') checkElement(field, named(field), value, NUMBER_RULES.pageSize);
    else if (typeof value !== 'string')
      throw new FakeOptionsError(field, `${named(field)} must be a string (got ${kindOf(value)}).`);
  }
  return query;
}

/** Refuses an argument of another kind than the method takes (`inbox.email(5)`, `subscribe('x')`). */
function checkArgument(method: string, option: string, value: unknown, kind: 'string' | 'number' | 'function'): void {
  if (typeof value !== kind)
    throw new FakeOptionsError(option, `inbox.${method}: ${option} must be a ${kind} (got ${kindOf(value)}).`);
}

/** `source` with every argument checked first (see {@link InboxSource}), so the reading code can trust them. */
function withChecks(source: InboxSource): InboxSource {
  return {
    emails: (query) => source.emails(checkQuery('emails', query, ['q', 'status', 'offset', 'limit'])),
    email(id) {
      checkArgument('email', 'id', id, 'string');
      return source.email(id);
    },
    attachment(id, index) {
      checkArgument('attachment', 'id', id, 'string');
      checkArgument('attachment', 'index', index, 'number');
      return source.attachment(id, index);
    },
    cancel(id) {
      checkArgument('cancel', 'id', id, 'string');
      return source.cancel(id);
    },
    requests: (query) => source.requests(checkQuery('requests', query, ['q', 'offset', 'limit'])),
    request(id) {
      checkArgument('request', 'id', id, 'number');
      return source.request(id);
    },
    deliveries: (query) => source.deliveries(checkQuery('deliveries', query, ['offset', 'limit'])),
    clear: () => source.clear(),
    subscribe(listener) {
      // Stored now but called on the next change: a non-function would crash a request later instead.
      checkArgument('subscribe', 'listener', listener, 'function');
      return source.subscribe(listener);
    },
  };
}

function bounds(offset: number | undefined, limit: number | undefined): { start: number; count: number } {
  const start = Number.isInteger(offset) && offset! > 0 ? offset! : 0;
  const count = Number.isInteger(limit) && limit! > 0 ? Math.min(limit!, MAX_PAGE) : 50;
  return { start, count };
}

function haystack(email: StoredEmail): string {
  return [
    email.from,
    ...email.to,
    ...(email.cc ?? []),
    ...(email.bcc ?? []),
    email.subject,
    ...email.tags.map((t) => `${t.name}:${t.value}`),
  ]
    .join('\n')
    .toLowerCase();
}

/** Email `id`'s attachments as its request gave them, their content read from the stored email. */
function attachmentsWithContent(state: FakeStateStore, id: string): StoredAttachment[] {
  const stored = state.emails.get(id)?.attachments;
  return state.requests
    .attachments(id)
    .map(({ hasContent, ...given }, i) => ({ ...given, content: hasContent ? (stored?.[i]?.content ?? null) : null }));
}

function summary(email: StoredEmail, log: RequestLog): EmailSummary {
  const origin = log.origin(email.id);
  return {
    id: email.id,
    from: email.from,
    to: email.to,
    subject: email.subject,
    created_at: email.created_at,
    last_event: email.last_event,
    scheduled_at: email.scheduled_at,
    tags: email.tags,
    request: origin ? { id: origin.requestId, size: origin.batchSize } : null,
    batch: email.batch,
    replays: origin?.replays ?? 0,
    idempotency_key: email.idempotency_key,
    attachments: log.attachments(email.id).length,
  };
}

/**
 * The inbox's view of a fake's state. `apiView` turns a stored email into the JSON
 * `GET /emails/{id}` answers with.
 */
export function createInboxSource(
  state: FakeStateStore,
  apiView: (email: StoredEmail) => unknown,
  deliveries: () => readonly unknown[] = () => [],
): InboxSource {
  const log = state.requests;
  const summarise = (email: StoredEmail) => summary(email, log);
  return withChecks({
    emails({ q, status, offset, limit }: EmailQuery) {
      const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      let all = state.emails.newestFirst();
      if (status) all = all.filter((e) => e.last_event === status);
      if (words.length > 0) all = all.filter((e) => ((text) => words.every((w) => text.includes(w)))(haystack(e)));
      const { start, count } = bounds(offset, limit);
      return { total: all.length, offset: start, items: all.slice(start, start + count).map(summarise) };
    },
    email(id) {
      const email = state.emails.get(id);
      if (!email) return undefined;
      const attachments = attachmentsWithContent(state, id).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        size: a.content === null ? null : base64Size(a.content),
        path: a.path,
      }));
      return { summary: summarise(email), email, attachments, api: apiView(email) };
    },
    attachment(id, index) {
      return attachmentsWithContent(state, id)[index];
    },
    cancel(id) {
      const email = state.emails.get(id);
      if (!email || email.last_event !== 'scheduled') return false;
      email.last_event = 'canceled';
      log.notify({ kind: 'email', id });
      return true;
    },
    requests({ q, offset, limit }: { q?: string; offset?: number; limit?: number }) {
      const needle = (q ?? '').toLowerCase().trim();
      let all = log.newestFirst();
      if (needle)
        all = all.filter((r) =>
          `${r.method} ${r.path} ${r.status ?? 'cut'} ${r.errorName ?? ''}`.toLowerCase().includes(needle),
        );
      const { start, count } = bounds(offset, limit);
      const items = all.slice(start, start + count).map(({ requestBody: _req, responseBody: _res, ...rest }) => rest);
      return { total: all.length, offset: start, items };
    },
    request: (id) => log.get(id),
    deliveries({ offset, limit }: { offset?: number; limit?: number }) {
      const all = [...deliveries()].reverse();
      const { start, count } = bounds(offset, limit);
      return { total: all.length, offset: start, items: all.slice(start, start + count) };
    },
    clear() {
      state.emails.clear();
      // Deliveries too, as documented: a long-running server's only other way to free them is a reset.
      state.webhookDeliveries.clear();
      log.clear();
    },
    subscribe: (listener) => log.subscribe(listener),
  });
}
