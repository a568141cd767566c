/**
 * Which API operations make the fake emit which webhook events, and the payloads, shaped by the
 * spec's `webhooks` section (so they validate against it).
 */
import { ApiError } from './api-error.js';
import { fitToSchema } from './examples.js';
import { resolve, type OpenApiDocument } from './spec.js';
import type { StoredEmail, StoredRecord } from './state.js';
import type { HandlerContext } from './resources/context.js';
import { endpointProblem, type WebhookDispatcher } from './webhook-delivery.js';

/** `2026-04-03 22:13:42.674000+00` (the fake's stored form) → ISO 8601, as payloads carry it. */
export function isoTimestamp(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value.replace(' ', 'T').replace(/(\.\d{3})\d*\+00$/, '$1Z'));
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** Optional fields the store keeps as `null` are left out of payloads, as Resend does. */
function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
}

const TEST_OUTCOMES = new Set(['delivered', 'bounced', 'complained']);

/** What happens to a recipient after `email.sent`: Resend's test addresses ask; others are delivered. */
export function outcomeFor(address: string): string[] {
  const local = /([^<\s@]+)@resend\.dev>?\s*$/i.exec(address)?.[1]?.split('+')[0]?.toLowerCase();
  const kind = local && TEST_OUTCOMES.has(local) ? local : 'delivered';
  if (kind === 'bounced') return ['email.bounced'];
  if (kind === 'complained') return ['email.delivered', 'email.complained'];
  return ['email.delivered'];
}

function emailData(email: StoredEmail, to: string[]): Record<string, unknown> {
  return {
    email_id: email.id,
    created_at: isoTimestamp(email.created_at),
    from: email.from,
    to,
    subject: email.subject,
    ...(email.tags.length > 0 ? { tags: Object.fromEntries(email.tags.map((t) => [t.name, t.value])) } : {}),
    ...(email.headers ? { headers: Object.entries(email.headers).map(([name, value]) => ({ name, value })) } : {}),
  };
}

const BOUNCE = {
  bounce: { type: 'Permanent', subType: 'General', message: 'The recipient\'s mail server rejected the email permanently.', diagnosticCode: ['smtp; 550 5.1.1 user unknown'] },
};

/** The events one accepted email causes, in order: `email.sent` (or `email.scheduled`), then the outcome per recipient group. */
export function emailEvents(email: StoredEmail): { type: string; data: Record<string, unknown> }[] {
  if (email.last_event === 'scheduled') return [{ type: 'email.scheduled', data: emailData(email, email.to) }];
  const events = [{ type: 'email.sent', data: emailData(email, email.to) }];
  const byOutcome = new Map<string, string[]>();
  for (const address of email.to) for (const type of outcomeFor(address)) byOutcome.set(type, [...(byOutcome.get(type) ?? []), address]);
  for (const type of ['email.delivered', 'email.bounced', 'email.complained']) {
    const to = byOutcome.get(type);
    if (to) events.push({ type, data: { ...emailData(email, to), ...(type === 'email.bounced' ? BOUNCE : {}) } });
  }
  return events;
}

type Collection = 'contacts' | 'domains' | 'topics';
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
};

function recordData(rule: Rule, record: StoredRecord, deleted: boolean): Record<string, unknown> {
  const data = withoutNulls({ ...record, created_at: isoTimestamp(record.created_at), updated_at: isoTimestamp(record.updated_at ?? record.created_at) });
  if (rule.type === 'contact.topics.updated') return { email: record.email, topics: record.topics };
  if (rule.collection === 'topics') return { ...data, description: record.description ?? null, deleted };
  return data;
}

/** Connects the request pipeline to a dispatcher: checks before an operation, events after it. */
export interface WebhookEventSource {
  /** Runs before the handler: refuses bad webhook endpoints; keeps what a delete will remove. */
  before(key: string, ctx: HandlerContext): StoredRecord | undefined;
  /** Runs after a successful handler with its (unshaped) answer. */
  after(key: string, ctx: HandlerContext, body: unknown, before: StoredRecord | undefined): void;
}

/** Builds the event source for one fake. */
export function createWebhookEventSource(doc: OpenApiDocument, dispatcher: () => WebhookDispatcher, now: () => Date): WebhookEventSource {
  function emit(type: string, data: Record<string, unknown>): void {
    const item = (doc.webhooks as Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: unknown }> } } }> | undefined)?.[type];
    const schema = item?.post?.requestBody?.content?.['application/json']?.schema;
    // An event the served spec does not describe is not sent.
    if (!schema) return;
    const at = now();
    const payload = fitToSchema(doc, { type, created_at: at.toISOString(), data }, resolve(doc, schema, '#').node, at) as Record<string, unknown>;
    dispatcher().emit(type, payload);
  }
  const find = (ctx: HandlerContext, rule: Rule, index: number): StoredRecord | undefined => {
    const key = ctx.params[index] ?? '';
    const collection = ctx.state[rule.collection];
    return collection.get(key) ?? collection.find((r) => r.email === key || r.name === key);
  };

  return {
    before(key, ctx) {
      if (key === 'POST /webhooks' || key === 'PATCH /webhooks/{}') {
        const endpoint = (ctx.body as { endpoint?: unknown } | undefined)?.endpoint;
        const problem = endpoint === undefined ? undefined : endpointProblem(endpoint);
        if (problem) throw new ApiError(422, 'validation_error', problem);
      }
      if (key === 'POST /webhooks/{}/signing-secret/rotate') {
        const webhook = ctx.state.webhooks.get(ctx.params[0] ?? '');
        return webhook ? structuredClone(webhook) : undefined;
      }
      const rule = RULES[key];
      if (!rule || !key.startsWith('DELETE ') || rule.type.endsWith('.updated')) return undefined;
      const record = find(ctx, rule, rule.from === 'result' ? 0 : rule.from);
      return record ? structuredClone(record) : undefined;
    },
    after(key, ctx, body, before) {
      if (key === 'POST /emails' || key === 'POST /emails/batch') {
        const ids = key === 'POST /emails' ? [(body as { id: string }).id] : (body as { data: { id: string }[] }).data.map((e) => e.id);
        for (const id of ids) {
          const email = ctx.state.emails.get(id);
          if (email) for (const event of emailEvents(email)) emit(event.type, event.data);
        }
        return;
      }
      if (key === 'POST /webhooks/{}/signing-secret/rotate' && before) return dispatcher().rotated(before.id, String(before.signing_secret));
      if (key === 'POST /webhooks/{}/events/{}/replay') return dispatcher().replay(ctx.params[1] ?? '');
      const rule = RULES[key];
      if (!rule) return;
      const record = before ?? (rule.from === 'result' ? (body as StoredRecord | undefined) : find(ctx, rule, rule.from));
      if (record && typeof record === 'object') emit(rule.type, recordData(rule, record, before !== undefined && key.startsWith('DELETE ')));
    },
  };
}
