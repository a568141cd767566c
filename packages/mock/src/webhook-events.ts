/**
 * Which API operations make the fake emit which webhook events, and the payloads, shaped by the
 * spec's `webhooks` section (so they validate against it).
 */
import { ApiError } from './api-error.js';
import { fitToSchema } from './examples.js';
import { resolve, type OpenApiDocument } from './spec.js';
import type { StoredEmail, StoredRecord } from './state.js';
import type { Collection as Store } from './store.js';
import type { HandlerContext } from './resources/context.js';
import type { StoredInboxMessage } from './resources/inbox-threads.js';
import { sameAddress, suppressionOf, testOutcome } from './recipient-outcome.js';
import { endpointProblem, type WebhookDispatcher } from './webhook-delivery.js';

/** `2026-04-03 22:13:42.674000+00` (the fake's stored form) → ISO 8601, as payloads carry it. */
function isoTimestamp(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value.replace(' ', 'T').replace(/(\.\d{3})\d*\+00$/, '$1Z'));
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** Optional fields the store keeps as `null` are left out of payloads, as Resend does. */
function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
}

/** What happens to a recipient after `email.sent`: Resend's test addresses ask; others are delivered. */
function outcomeFor(address: string): string[] {
  const kind = testOutcome(address);
  if (kind === 'complained') return ['email.delivered', 'email.complained'];
  return [`email.${kind}`];
}

function emailData(email: StoredEmail, to: string[]): Record<string, unknown> {
  return {
    email_id: email.id,
    created_at: isoTimestamp(email.created_at),
    from: email.from,
    to,
    subject: email.subject,
    message_id: email.message_id,
    ...((email as { broadcast_id?: string }).broadcast_id
      ? { broadcast_id: (email as { broadcast_id?: string }).broadcast_id }
      : {}),
    ...(email.tags.length > 0 ? { tags: Object.fromEntries(email.tags.map((t) => [t.name, t.value])) } : {}),
    ...(email.headers ? { headers: Object.entries(email.headers).map(([name, value]) => ({ name, value })) } : {}),
  };
}

const BOUNCE = {
  bounce: {
    type: 'Permanent',
    subType: 'General',
    message: "The recipient's mail server rejected the email permanently.",
    diagnosticCode: ['smtp; 550 5.1.1 user unknown'],
  },
};

/** Why an address was not sent to: on the account's suppression list (after a bounce or complaint), or a test address. */
function suppressedData(entry: StoredRecord | undefined): Record<string, unknown> {
  const reason = entry?.origin === 'complaint' ? 'previous_complaint' : 'previous_bounce';
  const message = entry
    ? "Resend did not send to this address: it is on the account's suppression list."
    : 'Resend did not send to this address: it is suppressed.';
  return {
    suppressed: { type: entry ? 'OnAccountSuppressionList' : 'Suppressed', reason, message, diagnosticCode: [] },
  };
}

/** The details an outcome event carries beyond the email (a bounce, a suppression, a failure). */
function outcomeDetails(type: string): Record<string, unknown> {
  if (type === 'email.bounced') return BOUNCE;
  if (type === 'email.suppressed') return suppressedData(undefined);
  if (type === 'email.failed') return { failed: { reason: 'reached_daily_quota' } };
  return {};
}

/** The default details of an email event the fake does not cause itself (see `simulateEmailEvent`). */
export function emailEventDetails(type: string, email: StoredEmail, at: Date): Record<string, unknown> {
  if (type !== 'email.clicked') return outcomeDetails(type);
  const link = /href="(https?:\/\/[^"]{1,2000})"/.exec(email.html ?? '')?.[1] ?? 'https://example.com/';
  return { click: { link, ipAddress: '127.0.0.1', userAgent: 'resendkit-mock', timestamp: at.toISOString() } };
}

/**
 * The events one accepted email causes, in order: `email.sent` (or `email.scheduled`), then the outcome
 * per recipient group. A recipient on the suppression list gets `email.suppressed` instead of an outcome.
 */
function emailEvents(
  email: StoredEmail,
  suppressions: Store<StoredRecord>,
): { type: string; data: Record<string, unknown> }[] {
  if (email.last_event === 'scheduled') return [{ type: 'email.scheduled', data: emailData(email, email.to) }];
  const events = [{ type: 'email.sent', data: emailData(email, email.to) }];
  const byOutcome = new Map<string, string[]>();
  const suppressed: { to: string; entry: StoredRecord }[] = [];
  for (const address of email.to) {
    const entry = suppressionOf(suppressions, address);
    if (entry) suppressed.push({ to: address, entry });
    else for (const type of outcomeFor(address)) byOutcome.set(type, [...(byOutcome.get(type) ?? []), address]);
  }
  for (const type of ['email.delivered', 'email.bounced', 'email.complained', 'email.suppressed']) {
    const to = byOutcome.get(type);
    if (to) events.push({ type, data: { ...emailData(email, to), ...outcomeDetails(type) } });
  }
  for (const { to, entry } of suppressed)
    events.push({ type: 'email.suppressed', data: { ...emailData(email, [to]), ...suppressedData(entry) } });
  return events;
}

type Collection = 'contacts' | 'domains' | 'topics' | 'inboxes' | 'inboxDrafts';
interface Rule {
  type: string;
  collection: Collection;
  /** Which path parameter names the record (default: the first); `result` = the handler's answer. */
  from: 'result' | number;
}

// Keys are `METHOD template` with parameters written `{}`.
const RULES: Record<string, Rule> = {
  'POST /contacts': { type: 'contact.created', collection: 'contacts', from: 'result' },
  'POST /segments/{}/contacts': { type: 'contact.created', collection: 'contacts', from: 'result' },
  'POST /audiences/{}/contacts': { type: 'contact.created', collection: 'contacts', from: 'result' },
  'PATCH /contacts/{}': { type: 'contact.updated', collection: 'contacts', from: 'result' },
  'PATCH /segments/{}/contacts/{}': { type: 'contact.updated', collection: 'contacts', from: 'result' },
  'PATCH /audiences/{}/contacts/{}': { type: 'contact.updated', collection: 'contacts', from: 'result' },
  'POST /contacts/{}/segments/{}': { type: 'contact.updated', collection: 'contacts', from: 0 },
  'DELETE /contacts/{}/segments/{}': { type: 'contact.updated', collection: 'contacts', from: 0 },
  'DELETE /contacts/{}': { type: 'contact.deleted', collection: 'contacts', from: 0 },
  'DELETE /segments/{}/contacts/{}': { type: 'contact.deleted', collection: 'contacts', from: 1 },
  'DELETE /audiences/{}/contacts/{}': { type: 'contact.deleted', collection: 'contacts', from: 1 },
  'PATCH /contacts/{}/topics': { type: 'contact.topics.updated', collection: 'contacts', from: 0 },
  'POST /domains': { type: 'domain.created', collection: 'domains', from: 'result' },
  'PATCH /domains/{}': { type: 'domain.updated', collection: 'domains', from: 'result' },
  'POST /domains/{}/verify': { type: 'domain.updated', collection: 'domains', from: 0 },
  'DELETE /domains/{}': { type: 'domain.deleted', collection: 'domains', from: 0 },
  'POST /topics': { type: 'topic.created', collection: 'topics', from: 'result' },
  'PATCH /topics/{}': { type: 'topic.updated', collection: 'topics', from: 'result' },
  'DELETE /topics/{}': { type: 'topic.deleted', collection: 'topics', from: 0 },
  'POST /inboxes': { type: 'inbox.created', collection: 'inboxes', from: 'result' },
  'PATCH /inboxes/{}': { type: 'inbox.updated', collection: 'inboxes', from: 'result' },
  'DELETE /inboxes/{}': { type: 'inbox.deleted', collection: 'inboxes', from: 0 },
  'POST /inboxes/{}/drafts': { type: 'inbox.draft.created', collection: 'inboxDrafts', from: 'result' },
  'PATCH /inboxes/{}/drafts/{}': { type: 'inbox.draft.updated', collection: 'inboxDrafts', from: 'result' },
  'DELETE /inboxes/{}/drafts/{}': { type: 'inbox.draft.deleted', collection: 'inboxDrafts', from: 1 },
  'POST /inboxes/{}/drafts/{}/send': { type: 'inbox.draft.sent', collection: 'inboxDrafts', from: 1 },
};

/** Routes that change the suppression list; their events come from comparing the list before and after. */
const SUPPRESSION_ROUTES = new Set([
  'POST /suppressions',
  'POST /suppressions/batch/add',
  'POST /suppressions/batch/remove',
  'DELETE /suppressions/{}',
]);

/** Inbox events carry IDs, not the records: `source`, `inbox_id`, and the draft's IDs where they apply. */
function inboxData(rule: Rule, record: StoredRecord): Record<string, unknown> {
  if (rule.collection === 'inboxes') return { source: 'api', inbox_id: record.id };
  const ids = { draft_id: record.id, thread_id: record.thread_id, email_id: record.email_id };
  return withoutNulls({ source: 'api', inbox_id: record.inbox_id, ...ids });
}

function suppressionData(entry: StoredRecord): Record<string, unknown> {
  return {
    id: entry.id,
    email: entry.email,
    origin: entry.origin,
    source_id: entry.source_id ?? null,
    created_at: isoTimestamp(entry.created_at),
  };
}

function recordData(rule: Rule, record: StoredRecord, deleted: boolean): Record<string, unknown> {
  if (rule.collection === 'inboxes' || rule.collection === 'inboxDrafts') return inboxData(rule, record);
  const data = withoutNulls({
    ...record,
    created_at: isoTimestamp(record.created_at),
    updated_at: isoTimestamp(record.updated_at ?? record.created_at),
  });
  if (rule.type === 'contact.topics.updated') return { email: record.email, topics: record.topics };
  if (rule.collection === 'topics') return { ...data, description: record.description ?? null, deleted };
  return data;
}

/** What `before` keeps for `after`: the record a delete removes, or the suppression list before a change. */
export type EventSnapshot = StoredRecord | readonly StoredRecord[] | undefined;

/** Connects the request pipeline to a dispatcher: checks before an operation, events after it. */
export interface WebhookEventSource {
  /** Runs before the handler: refuses bad webhook endpoints; keeps what the operation will change. */
  before(key: string, ctx: HandlerContext): EventSnapshot;
  /** Runs after a successful handler with its (unshaped) answer. */
  after(key: string, ctx: HandlerContext, body: unknown, before: EventSnapshot): void;
  /** Sends one `email.*` event about a stored email (for `fake.simulateEmailEvent`). */
  emailEvent(email: StoredEmail, type: string, data: Record<string, unknown>): void;
  /** Sends one event with the given data (shaped by the spec), e.g. `email.received`. */
  emit(type: string, data: Record<string, unknown>): void;
  /** Sends the events of a send of `email` (a scheduled one going out), dated `at`. */
  sent(email: StoredEmail, suppressions: Store<StoredRecord>, at: Date): void;
}

/** Sends one event, shaped by the served spec's schema for its type; a type the spec lacks is not sent. */
function createEmitter(doc: OpenApiDocument, dispatcher: () => WebhookDispatcher, now: () => Date) {
  return (type: string, data: Record<string, unknown>, at = now()): void => {
    const item = (
      doc.webhooks as
        Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: unknown }> } } }> | undefined
    )?.[type];
    const schema = item?.post?.requestBody?.content?.['application/json']?.schema;
    if (!schema) return;
    const payload = fitToSchema(
      doc,
      { type, created_at: at.toISOString(), data },
      resolve(doc, schema, '#').node,
      at,
    ) as Record<string, unknown>;
    // Inbox data declares only `source` and `inbox_id` but allows more: keep the IDs the fitting dropped.
    if (type.startsWith('inbox.')) payload.data = { ...data, ...(payload.data as Record<string, unknown>) };
    dispatcher().emit(type, payload);
  };
}

/** Sends one event by type with its data. */
type Emit = (type: string, data: Record<string, unknown>) => void;

/** The record a rule names by the path parameter at `index`: by ID, else by email, name or address. */
function findRecord(ctx: HandlerContext, rule: Rule, index: number): StoredRecord | undefined {
  const key = ctx.params[index] ?? '';
  const collection = ctx.state[rule.collection];
  return (
    collection.get(key) ??
    collection.find((r) => sameAddress(r.email, key) || r.name === key || sameAddress(r.email_address, key))
  );
}

/** `suppression.added` for entries that are new, `suppression.removed` for entries that are gone. */
function emitSuppressionChanges(ctx: HandlerContext, before: readonly StoredRecord[], emit: Emit): void {
  const was = new Set(before.map((entry) => entry.id));
  for (const entry of ctx.state.suppressions.all())
    if (!was.has(entry.id)) emit('suppression.added', suppressionData(entry));
  for (const entry of before)
    if (!ctx.state.suppressions.get(entry.id)) emit('suppression.removed', suppressionData(entry));
}

/** Refuses bad webhook endpoints; keeps what the operation will change, for its events afterwards. */
function snapshotBefore(key: string, ctx: HandlerContext): EventSnapshot {
  if (key === 'POST /webhooks' || key === 'PATCH /webhooks/{}') {
    const endpoint = (ctx.body as { endpoint?: unknown } | undefined)?.endpoint;
    const problem = endpoint === undefined ? undefined : endpointProblem(endpoint);
    if (problem) throw new ApiError(422, 'validation_error', problem);
  }
  if (SUPPRESSION_ROUTES.has(key)) return ctx.state.suppressions.all().map((entry) => ({ ...entry }));
  if (key === 'POST /webhooks/{}/signing-secret/rotate') {
    const webhook = ctx.state.webhooks.get(ctx.params[0] ?? '');
    return webhook ? structuredClone(webhook) : undefined;
  }
  const rule = RULES[key];
  if (!rule || !key.startsWith('DELETE ') || rule.type.endsWith('.updated')) return undefined;
  const record = findRecord(ctx, rule, rule.from === 'result' ? 0 : rule.from);
  return record ? structuredClone(record) : undefined;
}

/** Inbox replies, forwards and draft sends: each answers with the `email_id` of the email it sent. */
const INBOX_SENDS = new Set([
  'POST /inboxes/{}/threads/{}/emails/{}/reply',
  'POST /inboxes/{}/threads/{}/emails/{}/forward',
  'POST /inboxes/{}/drafts/{}/send',
]);

/** A thread as its events carry it: the fields `GET /inboxes/{id}/threads/{id}` shows. */
function threadData(state: HandlerContext['state'], thread: StoredRecord): Record<string, unknown> {
  const labels = ((thread.label_ids as string[] | undefined) ?? []).flatMap((id) => {
    const label = state.inboxLabels.get(id);
    return label ? [{ id, name: label.name, color: label.color }] : [];
  });
  return { id: thread.id, subject: thread.subject ?? null, folder: thread.folder, read: thread.read === true, labels };
}

/** Index keys of inbox emails: by thread, and by the sent email they became. */
const byThread = (m: StoredRecord) => String(m.thread_id);
const bySentEmail = (m: StoredRecord) => (typeof m.email_id === 'string' ? m.email_id : undefined);

/**
 * The events of an email added to an inbox thread: `inbox.thread.created` when it started the
 * thread, then `inbox.email.received` or `inbox.email.sent`. Resend does not publish these payloads'
 * keys: the fake sends the IDs and the thread or email as the API shows them, without `html` and
 * `text` (as Resend's inbox payloads leave them out); `source` is `api`, or `inbound` for mail received.
 */
export function inboxEmailEvents(
  state: HandlerContext['state'],
  message: StoredInboxMessage,
  source: string,
): { type: string; data: Record<string, unknown> }[] {
  const ids = { source, inbox_id: message.inbox_id, thread_id: message.thread_id };
  const thread = state.inboxThreads.get(message.thread_id);
  const started = state.inboxMessages.firstWith(byThread, [message.thread_id], () => true) === message;
  const { html: _h, text: _t, thread_id: _th, inbox_id: _i, email_id: _e, ...email } = message;
  const type = `inbox.email.${message.direction === 'inbound' ? 'received' : 'sent'}`;
  return [
    ...(started && thread
      ? [{ type: 'inbox.thread.created', data: { ...ids, thread: threadData(state, thread) } }]
      : []),
    { type, data: { ...ids, email_id: message.id, email } },
  ];
}

/** Which of a thread's folder and labels a request changes (a `PATCH` may change both). */
function threadChanges(key: string, body: Record<string, unknown>): string[] {
  if (key === 'DELETE /inboxes/{}/threads/{}') return ['folder'];
  if (key === 'PATCH /inboxes/{}/threads/{}')
    return [...(body.folder === undefined ? [] : ['folder']), ...(body.label_id === undefined ? [] : ['labels'])];
  return !key.startsWith('GET') && key.includes('/threads/{}/labels') ? ['labels'] : [];
}

/** The inbox events of a request: an email added to a thread, or a thread moved or labelled. */
function emitInboxEvents(key: string, ctx: HandlerContext, body: unknown, emit: Emit): void {
  if (INBOX_SENDS.has(key)) {
    const id = String((body as { email_id?: unknown }).email_id);
    const message = ctx.state.inboxMessages.firstWith(bySentEmail, [id], (m) => m.email_id === id);
    if (message)
      for (const e of inboxEmailEvents(ctx.state, message as StoredInboxMessage, 'api')) emit(e.type, e.data);
    return;
  }
  const changes = threadChanges(key, (ctx.body ?? {}) as Record<string, unknown>);
  const thread = changes.length > 0 ? ctx.state.inboxThreads.get(ctx.params[1] ?? '') : undefined;
  if (!thread) return;
  const data = {
    source: 'api',
    inbox_id: thread.inbox_id,
    thread_id: thread.id,
    thread: threadData(ctx.state, thread),
  };
  for (const change of changes) emit(`inbox.thread.${change}.updated`, data);
}

/** The IDs of the emails a send accepted, or undefined when `key` is not a send. */
function sentIds(key: string, body: unknown): string[] | undefined {
  if (key === 'POST /emails') return [(body as { id: string }).id];
  if (key === 'POST /emails/batch') return (body as { data: { id: string }[] }).data.map((e) => e.id);
  if (INBOX_SENDS.has(key)) return [(body as { email_id: string }).email_id];
  return undefined;
}

/** The events of every email a send or a broadcast accepted; false when `key` is neither. */
function emitEmailEvents(key: string, ctx: HandlerContext, body: unknown, emit: Emit): boolean {
  const ids = sentIds(key, body);
  if (ids) {
    for (const id of ids) {
      const email = ctx.state.emails.get(id);
      if (email) for (const event of emailEvents(email, ctx.state.suppressions)) emit(event.type, event.data);
    }
    return true;
  }
  if (key === 'POST /broadcasts/{}/send' || key === 'POST /broadcasts') {
    const id = key === 'POST /broadcasts' ? (body as { id?: string } | undefined)?.id : ctx.params[0];
    for (const email of ctx.state.emails.all()) {
      if ((email as { broadcast_id?: string }).broadcast_id === id)
        for (const event of emailEvents(email, ctx.state.suppressions)) emit(event.type, event.data);
    }
    return true;
  }
  return false;
}

/** The event of a change to a record (or the suppression list), and the dispatcher's part in rotations and replays. */
function emitChangeEvents(
  key: string,
  ctx: HandlerContext,
  body: unknown,
  before: EventSnapshot,
  emit: Emit,
  dispatcher: () => WebhookDispatcher,
): void {
  if (Array.isArray(before)) return emitSuppressionChanges(ctx, before, emit);
  const record = before as StoredRecord | undefined;
  if (key === 'POST /webhooks/{}/signing-secret/rotate' && record)
    return dispatcher().rotated(record.id, String(record.signing_secret));
  if (key === 'POST /webhooks/{}/events/{}/replay') return dispatcher().replay(ctx.params[1] ?? '');
  const rule = RULES[key];
  if (!rule) return;
  const subject =
    record ?? (rule.from === 'result' ? (body as StoredRecord | undefined) : findRecord(ctx, rule, rule.from));
  if (subject && typeof subject === 'object')
    emit(rule.type, recordData(rule, subject, record !== undefined && key.startsWith('DELETE ')));
}

/** Builds the event source for one fake. */
export function createWebhookEventSource(
  doc: OpenApiDocument,
  dispatcher: () => WebhookDispatcher,
  now: () => Date,
): WebhookEventSource {
  const emit = createEmitter(doc, dispatcher, now);
  return {
    before: snapshotBefore,
    after(key, ctx, body, before) {
      const sends = emitEmailEvents(key, ctx, body, emit);
      emitInboxEvents(key, ctx, body, emit);
      // A draft send is a send with a rule of its own (`inbox.draft.sent`), after the email's events.
      if (!sends || RULES[key]) emitChangeEvents(key, ctx, body, before, emit, dispatcher);
    },
    emailEvent(email, type, data) {
      emit(type, { ...emailData(email, email.to), ...data });
    },
    emit,
    sent(email, suppressions, at) {
      for (const event of emailEvents(email, suppressions)) emit(event.type, event.data, at);
    },
  };
}
