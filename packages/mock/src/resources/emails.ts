/** Emails: send, batch send, get, list, reschedule and cancel scheduled ones. */
import { ApiError, notFound, validationError } from '../api-error.js';
import type { StoredEmail } from '../state.js';
import type { Fields, HandlerContext, HandlerResult, ResourceRoute } from './context.js';
import { addressList, checkAddresses, fields, param } from './context.js';
import { stripTags } from '../strip-tags.js';
import { lastEventFor } from '../recipient-outcome.js';
import { checkKeyDomain, checkSendingRules, renderTemplate } from '../sending-rules.js';
import { storedAttachments } from './email-attachments.js';

const MAX_SCHEDULE_MS = 30 * 24 * 60 * 60 * 1000;
const UNITS: Record<string, number> = { sec: 1e3, second: 1e3, min: 6e4, minute: 6e4, hour: 36e5, day: 864e5 };

/**
 * An ISO 8601 date and time with `Z` or an offset (`+01`, `+0100`, `+01:00`); a space for the `T`,
 * as in Resend's own timestamps. A date alone or a time without a zone is refused: which instant it
 * names would depend on the machine's zone, so a test could pass here and send at another time there.
 */
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\d[t ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;

/** `Date.parse` of an ISO date-time, `NaN` for a day the month lacks (it reads `11-31` as December 1). */
function isoTime(iso: string): number {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day ? Date.parse(iso) : NaN;
}

/**
 * Parses {@link ISO_DATE_TIME} or `in N min|hours|days`; throws 422 for anything else (`Date.parse`
 * alone read `"5"` as the year 2005) or for a time more than 30 days ahead.
 */
export function parseScheduledAt(value: string, now: Date): string {
  const text = value.trim();
  const natural = /^in\s+(\d+)\s*(sec|second|min|minute|hour|day)s?$/i.exec(text);
  // Date.parse refuses an offset of hours only (`+01`) after a time, which ISO 8601 allows.
  const iso = ISO_DATE_TIME.test(text) ? text.replace(/[+-]\d\d$/, '$&:00') : '';
  const at = natural ? now.getTime() + Number(natural[1]) * UNITS[natural[2]!.toLowerCase()]! : isoTime(iso);
  if (Number.isNaN(at)) {
    throw validationError('Invalid `scheduled_at` field: use an ISO 8601 date or natural language such as `in 1 min`.');
  }
  if (at - now.getTime() > MAX_SCHEDULE_MS) {
    throw validationError('Invalid `scheduled_at` field: emails can be scheduled at most 30 days ahead.');
  }
  return new Date(at).toISOString();
}

/** A template brings its own bodies: Resend refuses `template` sent together with `html` or `text`. */
function checkTemplateAlone(body: Fields): void {
  if (body.template === undefined) return;
  const clash = ['html', 'text'].find((name) => body[name] !== undefined);
  if (clash) {
    throw validationError(
      `Invalid \`${clash}\` field: an email sent with a \`template\` cannot also have \`html\` or \`text\`.`,
    );
  }
}

function buildEmail(ctx: HandlerContext, body: Fields, batch: boolean): StoredEmail {
  checkTemplateAlone(body);
  const rendered =
    body.template && typeof body.template === 'object' ? renderTemplate(ctx.state, body.template as Fields) : undefined;
  const from = String(body.from ?? rendered?.from ?? '');
  const to = addressList(body.to) ?? [];
  const cc = addressList(body.cc);
  const bcc = addressList(body.bcc);
  const replyTo = addressList(body.reply_to);
  checkAddresses({ from: [from], to, cc, bcc, reply_to: replyTo });
  checkKeyDomain(ctx.state, ctx.keyDomainId, from);
  checkSendingRules(ctx.state, ctx.settings, from, { to, cc, bcc });
  const now = ctx.now();
  const scheduled = typeof body.scheduled_at === 'string' ? parseScheduledAt(body.scheduled_at, now) : null;
  const html = typeof body.html === 'string' ? body.html : (rendered?.html ?? null);
  const text =
    typeof body.text === 'string' ? body.text : rendered?.text ? rendered.text : html !== null ? stripTags(html) : null;
  const id = ctx.random.uuid();
  return {
    object: 'email',
    id,
    from,
    to,
    cc,
    bcc,
    reply_to: replyTo,
    subject: String(body.subject ?? rendered?.subject ?? ''),
    html,
    text,
    attachments: storedAttachments(ctx, body.attachments),
    created_at: ctx.timestamp(),
    // A time now or past sends at once, as a scheduled email goes out once its time comes (scheduled-release.ts).
    last_event:
      scheduled && Date.parse(scheduled) > now.getTime() ? 'scheduled' : lastEventFor(to, ctx.state.suppressions),
    scheduled_at: scheduled,
    tags: Array.isArray(body.tags) ? (body.tags as StoredEmail['tags']) : [],
    headers: (body.headers as Record<string, string> | undefined) ?? null,
    message_id: `<${id}@resend.dev>`,
    idempotency_key: ctx.headers.get('idempotency-key'),
    batch,
  };
}

/** One email of a batch; the batch endpoint refuses attachments, as Resend's docs say. */
function batchEmail(ctx: HandlerContext, item: Fields, index: number): StoredEmail {
  if (item.attachments !== undefined) {
    throw validationError(
      `Invalid \`attachments\` field in email ${index}: attachments are not supported in batch emails; send that email through \`POST /emails\`.`,
    );
  }
  return buildEmail(ctx, item, true);
}

/** `x-batch-validation: permissive`: valid emails are sent, invalid ones reported by their index. */
function permissiveBatch(ctx: HandlerContext, items: Fields[]): HandlerResult {
  const data: { id: string }[] = [];
  const errors: { index: number; message: string }[] = [];
  items.forEach((item, index) => {
    const refused = ctx.itemErrors?.get(index);
    if (refused) {
      errors.push({ index, message: refused.message });
      return;
    }
    try {
      data.push({ id: ctx.state.emails.insert(batchEmail(ctx, item, index)).id });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      errors.push({ index, message: error.message });
    }
  });
  return { body: { data, errors } };
}

function scheduledEmail(ctx: HandlerContext, action: string): StoredEmail {
  const email = ctx.state.emails.get(param(ctx));
  if (!email) throw notFound('Email');
  if (email.last_event !== 'scheduled') throw validationError(`Only scheduled emails can be ${action}.`);
  return email;
}

/** Routes for the email resource. */
export const emailRoutes: ResourceRoute[] = [
  {
    method: 'POST',
    path: '/emails',
    handle(ctx) {
      const email = ctx.state.emails.insert(buildEmail(ctx, fields(ctx), false));
      return { body: { id: email.id } };
    },
  },
  {
    method: 'POST',
    path: '/emails/batch',
    handle(ctx) {
      const items = Array.isArray(ctx.body) ? (ctx.body as Fields[]) : [];
      const mode = ctx.headers.get('x-batch-validation') ?? 'strict';
      if (mode !== 'strict' && mode !== 'permissive') {
        throw validationError('Invalid `x-batch-validation` header: use `strict` or `permissive`.');
      }
      if (mode === 'permissive') return permissiveBatch(ctx, items);
      // Strict batch validation: every item is checked before any is stored.
      const emails = items.map((item, index) => batchEmail(ctx, item, index));
      for (const email of emails) ctx.state.emails.insert(email);
      return { body: { data: emails.map((e) => ({ id: e.id })) } };
    },
  },
  {
    method: 'GET',
    path: '/emails',
    handle(ctx) {
      return { body: ctx.list(ctx.state.emails.newestFirstView()) };
    },
  },
  {
    method: 'GET',
    path: '/emails/{}',
    handle(ctx) {
      const email = ctx.state.emails.get(param(ctx));
      if (!email) throw notFound('Email');
      return { body: email };
    },
  },
  {
    method: 'PATCH',
    path: '/emails/{}',
    handle(ctx) {
      const email = scheduledEmail(ctx, 'updated');
      const at = fields(ctx).scheduled_at;
      if (typeof at === 'string') email.scheduled_at = parseScheduledAt(at, ctx.now());
      return { body: email };
    },
  },
  {
    method: 'POST',
    path: '/emails/{}/cancel',
    handle(ctx) {
      const email = scheduledEmail(ctx, 'canceled');
      email.last_event = 'canceled';
      return { body: email };
    },
  },
];
