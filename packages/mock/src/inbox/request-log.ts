/**
 * The fake's request log: one entry per API request it answered, kept in memory for the inbox and
 * for tests (`fake.state.requests`). Web-standard only (no node: modules): it lives in the core.
 */
import { maskApiKey, redactKeys } from './redact.js';
import { cutText } from '@resendkit/client/shared';

/** How many entries the log keeps; older ones are dropped first. */
const REQUEST_LOG_LIMIT = 20_000;
/** Request and response bodies are kept up to this many characters (the rest is cut with a note). */
const BODY_LIMIT = 64 * 1024;
/** All kept bodies together stay under this many characters; the oldest entries lose theirs first. */
const BODY_BUDGET = 32 * 1024 * 1024;
const DROPPED = '(not kept: the log keeps the bodies of recent requests only)';

/** One API request the fake answered (or cut). */
export interface RequestLogEntry {
  /** Sequence number, from 1, in arrival order. */
  readonly id: number;
  /** When it arrived (ISO 8601). */
  readonly at: string;
  readonly method: string;
  /** Path and query string as received, secrets in them masked. */
  readonly path: string;
  /** The HTTP status answered, or `null` when the fake cut the connection. */
  readonly status: number | null;
  /** The error's `name` (`validation_error`…) for 4xx/5xx answers with Resend's error body. */
  readonly errorName: string | null;
  /** The error's `message` for those answers. */
  readonly errorMessage: string | null;
  /** Time from arrival to answer, in milliseconds. */
  readonly durationMs: number;
  /** The `Idempotency-Key` header, if any. */
  readonly idempotencyKey: string | null;
  /** True when the answer was a stored response replayed for a repeated idempotency key. */
  readonly replayed: boolean;
  /** The API key as `re_…` plus its last 4 characters; never the whole key. */
  readonly apiKey: string | null;
  /** The request body (API keys, webhook secrets and OAuth secrets in it masked, cut at 65 536 characters). */
  readonly requestBody: string;
  /** The response body, treated the same way. */
  readonly responseBody: string;
  /** Emails this request created (or, for a replay, the ones it answered with). */
  readonly emailIds: readonly string[];
  /** The `User-Agent` header, or `null` when there was none (`GET /logs` shows it). */
  readonly userAgent: string | null;
}

/** An attachment as given to `POST /emails`, kept so the inbox can offer it for download. */
export interface StoredAttachment {
  readonly filename: string;
  readonly contentType: string | null;
  /** Base64 content, or `null` when the attachment was given by `path` (a URL the fake never fetches). */
  readonly content: string | null;
  readonly path: string | null;
}

/**
 * An attachment as the request gave it, less its content: the stored email holds that, and a copy
 * here would double what attachments cost, outside the log's caps. The inbox reads it from there.
 */
interface LoggedAttachment extends Omit<StoredAttachment, 'content'> {
  /** True when it was given as `content` (not by `path`). */
  readonly hasContent: boolean;
}

/**
 * What changed, as told to subscribers: a logged request, a sent email, an email received (by its
 * received-email id), or everything cleared.
 */
export type InboxChange =
  | { kind: 'request'; id: number }
  | { kind: 'email'; id: string }
  | { kind: 'received'; id: string }
  | { kind: 'clear' };

/** The read-only view on `fake.state.requests`. */
export interface ReadonlyRequestLog extends Iterable<RequestLogEntry> {
  /** Entries kept. */
  readonly size: number;
  /** The entry with this sequence number, if still kept. */
  get(id: number): RequestLogEntry | undefined;
  /** Oldest first. */
  all(): RequestLogEntry[];
  /** Newest first. */
  newestFirst(): RequestLogEntry[];
}

/** What the fake hands to {@link RequestLog.record} after answering. */
export interface RequestFacts {
  method: string;
  path: string;
  startedAt: number;
  durationMs: number;
  authorization: string | null;
  idempotencyKey: string | null;
  replayed: boolean;
  requestBody: string;
  status: number | null;
  responseBody: string;
  userAgent?: string | null;
}

/**
 * The first {@link BODY_LIMIT} characters of `text` (one fewer when the cut would split a surrogate
 * pair, see `cutText`) as a string of their own. A plain `slice` is, in V8, a view that keeps the
 * whole string alive: each cut of a 40 MB body would hold all 40 MB while the budget counted 64 KiB.
 * Encoding and decoding copies the kept part only.
 */
function ownPrefix(text: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(cutText(text, BODY_LIMIT)));
}

function cut(text: string): string {
  const masked = redactKeys(text);
  if (masked.length <= BODY_LIMIT) return masked;
  const kept = ownPrefix(masked);
  return `${kept}\n… (${masked.length - kept.length} more characters not kept)`;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function errorOf(status: number | null, body: unknown): { name: string | null; message: string | null } {
  if (status === null || status < 400 || !body || typeof body !== 'object') return { name: null, message: null };
  const b = body as Record<string, unknown>;
  const name = typeof b.name === 'string' ? b.name : typeof b.error === 'string' ? b.error : null;
  const message =
    typeof b.message === 'string' ? b.message : typeof b.error_description === 'string' ? b.error_description : null;
  return { name, message };
}

/** IDs of the emails a `POST /emails` or `POST /emails/batch` answer names. */
function emailIdsOf(method: string, path: string, status: number | null, body: unknown): string[] {
  if (method !== 'POST' || status === null || status >= 300 || !body || typeof body !== 'object') return [];
  const route = path.split('?')[0]!.replace(/\/+$/, '');
  if (route.endsWith('/emails'))
    return typeof (body as { id?: unknown }).id === 'string' ? [(body as { id: string }).id] : [];
  if (!route.endsWith('/emails/batch')) return [];
  const data = (body as { data?: unknown }).data;
  return Array.isArray(data)
    ? data.flatMap((d) => (d && typeof (d as { id?: unknown }).id === 'string' ? [(d as { id: string }).id] : []))
    : [];
}

function attachmentsOf(requestBody: unknown): LoggedAttachment[] {
  const list =
    requestBody && typeof requestBody === 'object' ? (requestBody as { attachments?: unknown }).attachments : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((a: Record<string, unknown>, i) => ({
    filename: typeof a.filename === 'string' ? a.filename : `attachment-${i + 1}`,
    contentType: typeof a.content_type === 'string' ? a.content_type : null,
    hasContent: typeof a.content === 'string',
    path: typeof a.path === 'string' ? a.path : null,
  }));
}

/** The log itself, owned by the fake's state. */
export class RequestLog implements ReadonlyRequestLog {
  #entries: RequestLogEntry[] = [];
  #next = 1;
  /** Characters of all kept bodies, and the sequence number of the oldest entry still holding its bodies. */
  #bodyChars = 0;
  #withBodies = 1;
  #attachments = new Map<string, LoggedAttachment[]>();
  /** Email ID → the sequence number of the request that created it, and how often it was replayed. */
  #origins = new Map<string, { requestId: number; batchSize: number; replays: number }>();
  #listeners = new Set<(change: InboxChange) => void>();
  readonly #bodyBudget: number;

  /** `bodyBudget`: characters of bodies kept in all (tests shrink it). */
  constructor(bodyBudget = BODY_BUDGET) {
    this.#bodyBudget = bodyBudget;
  }

  get size(): number {
    return this.#entries.length;
  }

  get(id: number): RequestLogEntry | undefined {
    const first = this.#entries[0];
    return first ? this.#entries[id - first.id] : undefined;
  }

  all(): RequestLogEntry[] {
    return [...this.#entries];
  }

  newestFirst(): RequestLogEntry[] {
    return this.all().reverse();
  }

  [Symbol.iterator](): Iterator<RequestLogEntry> {
    return this.all()[Symbol.iterator]();
  }

  /** Attachments given with an email, in request order, without their content. */
  attachments(emailId: string): readonly LoggedAttachment[] {
    return this.#attachments.get(emailId) ?? [];
  }

  /** Which request created an email, the size of its batch, and how many replays answered with it. */
  origin(emailId: string): { requestId: number; batchSize: number; replays: number } | undefined {
    return this.#origins.get(emailId);
  }

  /** Adds an entry from the facts of one answered request. */
  record(facts: RequestFacts): RequestLogEntry {
    // Parsed only when it can name an error or created emails (bulk traffic stays cheap to log).
    const mayName =
      facts.status === null ||
      facts.status >= 400 ||
      (facts.method === 'POST' && /\/emails(?:\/batch)?\/?(?:\?|$)/.test(facts.path));
    const responseJson = mayName ? parseJson(facts.responseBody) : undefined;
    const error = errorOf(facts.status, responseJson);
    const emailIds = emailIdsOf(facts.method, facts.path, facts.status, responseJson);
    const entry: RequestLogEntry = {
      id: this.#next++,
      at: new Date(facts.startedAt).toISOString(),
      method: facts.method,
      path: redactKeys(facts.path),
      status: facts.status,
      errorName: error.name,
      errorMessage: error.message === null ? null : redactKeys(error.message),
      durationMs: Math.round(facts.durationMs * 100) / 100,
      idempotencyKey: facts.idempotencyKey,
      replayed: facts.replayed,
      apiKey: maskApiKey(facts.authorization),
      requestBody: cut(facts.requestBody),
      responseBody: cut(facts.responseBody),
      emailIds,
      userAgent: facts.userAgent ?? null,
    };
    this.#noteEmails(entry, facts.requestBody);
    this.#entries.push(entry);
    this.#bodyChars += entry.requestBody.length + entry.responseBody.length;
    if (this.#entries.length > REQUEST_LOG_LIMIT) this.#forgetBodies(this.#entries.shift()!);
    this.#keepBodiesInBudget();
    this.notify({ kind: 'request', id: entry.id });
    return entry;
  }

  #forgetBodies(entry: RequestLogEntry): void {
    this.#bodyChars -= entry.requestBody.length + entry.responseBody.length;
  }

  #keepBodiesInBudget(): void {
    const first = this.#entries[0];
    if (!first) return;
    this.#withBodies = Math.max(this.#withBodies, first.id);
    while (this.#bodyChars > this.#bodyBudget && this.#withBodies < this.#next - 1) {
      const index = this.#withBodies - first.id;
      const old = this.#entries[index]!;
      this.#forgetBodies(old);
      this.#entries[index] = { ...old, requestBody: DROPPED, responseBody: DROPPED };
      this.#bodyChars += 2 * DROPPED.length;
      this.#withBodies++;
    }
  }

  #noteEmails(entry: RequestLogEntry, requestBody: string): void {
    for (const id of entry.emailIds) {
      const known = this.#origins.get(id);
      if (known && entry.replayed) known.replays++;
      else if (!known) this.#origins.set(id, { requestId: entry.id, batchSize: entry.emailIds.length, replays: 0 });
    }
    if (!entry.replayed && entry.emailIds.length === 1 && requestBody.includes('"attachments"')) {
      const attachments = attachmentsOf(parseJson(requestBody));
      if (attachments.length > 0) this.#attachments.set(entry.emailIds[0]!, attachments);
    }
  }

  /** Calls `listener` on every change until the returned function is called. */
  subscribe(listener: (change: InboxChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells subscribers about a change (a listener that throws is dropped, never the request). */
  notify(change: InboxChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch {
        this.#listeners.delete(listener);
      }
    }
  }

  /** Forgets every entry, attachment and origin; subscribers stay and are told. */
  clear(): void {
    this.#entries = [];
    this.#bodyChars = 0;
    this.#withBodies = this.#next;
    this.#attachments.clear();
    this.#origins.clear();
    this.notify({ kind: 'clear' });
  }
}
