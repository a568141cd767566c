/**
 * What a sent broadcast does: one email per contact of its segment (not unsubscribed, not opted
 * out of its topic), stored with the others so `GET /emails`, the inbox, metrics and webhooks see
 * them; and what it reads back: `GET /broadcasts/{id}/recipients` by event and
 * `GET /broadcasts/{id}/clicked-links`, from those emails and the clicks simulated on them.
 */
import { validationError } from '../api-error.js';
import { lastEventFor } from '../recipient-outcome.js';
import { checkSendingRules } from '../sending-rules.js';
import type { StoredEmail, StoredRecord } from '../state.js';
import { stripTags } from '../strip-tags.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { checkAddresses, findOr404, param } from './context.js';

/** What a send reads: a scheduled broadcast going out has no request, only the fake's parts. */
export type SendContext = Pick<HandlerContext, 'state' | 'settings' | 'random' | 'timestamp'>;

/** A broadcast's emails carry its ID. */
export type BroadcastEmail = StoredEmail & { broadcast_id?: string; contact_id?: string; clicks?: string[] };

function optedOut(contact: StoredRecord, topicId: unknown): boolean {
  if (typeof topicId !== 'string') return false;
  const choice = (contact.topics as { id: string; subscription: string }[] | undefined)?.find((t) => t.id === topicId);
  return choice?.subscription === 'opt_out';
}

/** The contacts a broadcast goes to, oldest first. */
function audience(ctx: Pick<SendContext, 'state'>, broadcast: StoredRecord): StoredRecord[] {
  const segment = typeof broadcast.segment_id === 'string' ? ctx.state.segments.get(broadcast.segment_id) : undefined;
  if (!segment)
    throw validationError('The broadcast has no segment to send to: set `segment_id` to an existing segment.');
  return ctx.state.contacts
    .all()
    .filter(
      (c) =>
        (c.segment_ids as string[] | undefined)?.includes(segment.id) &&
        c.unsubscribed !== true &&
        !optedOut(c, broadcast.topic_id),
    );
}

/**
 * The contacts `broadcast` would email now, once the checks of a send pass: a segment to send to,
 * a well-formed `from`, and it and their addresses under the sending rules. Throws the refusal a
 * send answers with; scheduling runs it too, so a broadcast that cannot go out is refused when it
 * is scheduled.
 */
export function checkSendable(ctx: Pick<SendContext, 'state' | 'settings'>, broadcast: StoredRecord): StoredRecord[] {
  const contacts = audience(ctx, broadcast);
  const to = contacts.map((c) => String(c.email));
  const from = String(broadcast.from);
  // The rules read the domain only: `News news@acme.dev` went out as if well formed.
  checkAddresses({ from: [from] });
  checkSendingRules(ctx.state, ctx.settings, from, { to });
  return contacts;
}

/**
 * Checks the broadcast may be sent ({@link checkSendable}), then stores one email per contact and
 * marks it sent, at `ctx.timestamp()`. Returns the emails, for the webhook events.
 */
export function fanOut(ctx: SendContext, broadcast: StoredRecord): BroadcastEmail[] {
  const contacts = checkSendable(ctx, broadcast);
  const from = String(broadcast.from);
  const html = typeof broadcast.html === 'string' ? broadcast.html : null;
  const emails = contacts.map((contact) => {
    const to = String(contact.email);
    const id = ctx.random.uuid();
    const email: BroadcastEmail = {
      object: 'email',
      id,
      from,
      to: [to],
      cc: null,
      bcc: null,
      reply_to: (broadcast.reply_to as string[] | null) ?? null,
      subject: String(broadcast.subject ?? ''),
      html,
      text: typeof broadcast.text === 'string' ? broadcast.text : html === null ? null : stripTags(html),
      attachments: [],
      created_at: ctx.timestamp(),
      last_event: lastEventFor([to], ctx.state.suppressions),
      scheduled_at: null,
      tags: [],
      headers: null,
      message_id: `<${id}@resend.dev>`,
      idempotency_key: null,
      batch: false,
      broadcast_id: String(broadcast.id),
      contact_id: contact.id,
    };
    return ctx.state.emails.insert(email) as BroadcastEmail;
  });
  Object.assign(broadcast, { status: 'sent', sent_at: ctx.timestamp() });
  return emails;
}

/** The emails a broadcast sent. */
export function broadcastEmails(emails: Iterable<StoredEmail>, broadcastId: string): BroadcastEmail[] {
  const out: BroadcastEmail[] = [];
  for (const email of emails as Iterable<BroadcastEmail>) if (email.broadcast_id === broadcastId) out.push(email);
  return out;
}

/** Which `last_event` values mean a recipient reached each event type. */
const REACHED: Record<string, readonly string[]> = {
  sent: ['sent', 'delivered', 'delivery_delayed', 'opened', 'clicked', 'bounced', 'complained'],
  delivered: ['delivered', 'opened', 'clicked', 'complained'],
  opened: ['opened', 'clicked'],
  clicked: ['clicked'],
  bounced: ['bounced'],
  complained: ['complained'],
  suppressed: ['suppressed'],
};

function linkCounts(clicks: readonly string[]): { url: string; clicks: number }[] {
  const counts = new Map<string, number>();
  for (const url of clicks) counts.set(url, (counts.get(url) ?? 0) + 1);
  return [...counts].map(([url, n]) => ({ url, clicks: n }));
}

function recipients(ctx: HandlerContext, broadcast: StoredRecord) {
  const type = String(ctx.query.type ?? 'sent');
  const only = typeof ctx.query.email === 'string' ? ctx.query.email.toLowerCase() : undefined;
  const bounceType = ctx.query.bounce_type;
  const reached = (email: BroadcastEmail): boolean => {
    if (type === 'unsubscribed') return ctx.state.contacts.get(email.contact_id ?? '')?.unsubscribed === true;
    return (REACHED[type] ?? []).includes(email.last_event);
  };
  return broadcastEmails(ctx.state.emails.newestFirst(), String(broadcast.id))
    .filter((e) => reached(e) && (only === undefined || e.to[0] === only))
    .filter(() => type !== 'bounced' || bounceType === undefined || bounceType === 'permanent')
    .map((e) => ({
      id: e.id,
      contact_id: e.contact_id ?? null,
      email: e.to[0]!,
      count: type === 'clicked' ? (e.clicks?.length ?? 1) : 1,
      bounce_type: type === 'bounced' ? 'permanent' : null,
      clicked_links: type === 'clicked' ? linkCounts(e.clicks ?? []) : [],
    }));
}

/** One stable ID per clicked URL of a broadcast, kept on the broadcast. */
function linkId(ctx: HandlerContext, broadcast: StoredRecord, url: string): string {
  const ids = (broadcast.link_ids as Record<string, string> | undefined) ?? {};
  broadcast.link_ids = ids;
  return (ids[url] ??= ctx.random.uuid());
}

function clickedLinks(ctx: HandlerContext, broadcast: StoredRecord) {
  const byUrl = new Map<string, { clicks: number; recipients: Set<string> }>();
  for (const email of broadcastEmails(ctx.state.emails, String(broadcast.id))) {
    for (const url of email.clicks ?? []) {
      const entry = byUrl.get(url) ?? { clicks: 0, recipients: new Set<string>() };
      entry.clicks++;
      entry.recipients.add(email.to[0]!);
      byUrl.set(url, entry);
    }
  }
  return [...byUrl].map(([url, e]) => ({
    id: linkId(ctx, broadcast, url),
    url,
    clicks: e.clicks,
    unique_clicks: e.recipients.size,
  }));
}

function broadcastOr404(ctx: HandlerContext): StoredRecord {
  return findOr404(ctx.state.broadcasts, param(ctx), 'Broadcast');
}

/** Routes reading a broadcast's delivery back. */
export const broadcastDeliveryRoutes: ResourceRoute[] = [
  {
    method: 'GET',
    path: '/broadcasts/{}/recipients',
    handle(ctx) {
      return { body: ctx.list(recipients(ctx, broadcastOr404(ctx))) };
    },
  },
  {
    method: 'GET',
    path: '/broadcasts/{}/clicked-links',
    handle(ctx) {
      return { body: ctx.list(clickedLinks(ctx, broadcastOr404(ctx))) };
    },
  },
];
