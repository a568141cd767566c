/**
 * `GET /emails/metrics`, computed from the emails the fake holds: counts follow each email's
 * `last_event` (an opened or clicked email was also delivered; `bounced@resend.dev` is a permanent
 * bounce), each email dated when it was sent (a scheduled one its `scheduled_at`), rates are
 * percentages rounded to two decimals, and every query parameter applies.
 */
import { validationError } from '../api-error.js';
import { sentTime } from '../sent-time.js';
import type { StoredEmail } from '../state.js';
import type { HandlerContext, ResourceRoute } from './context.js';

const METRICS = [
  'received',
  'delivered',
  'complained',
  'suppressed',
  'bounced',
  'bounced_transient',
  'bounced_permanent',
  'bounced_undetermined',
  'opened',
  'clicked',
  'unsubscribed',
  'delivery_delayed',
  'failed',
  'sent',
  'unique_opened',
  'unique_clicked',
  'delivery_rate',
  'open_rate',
  'click_rate',
  'bounce_rate',
  'complaint_rate',
  'unsubscribe_rate',
] as const;
const DAY_MS = 864e5;

type Counts = Record<string, number>;

function list(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Counts for one group of emails, then the rates derived from them. */
function measure(emails: readonly StoredEmail[]): Counts {
  const c: Counts = Object.fromEntries(METRICS.map((m) => [m, 0]));
  for (const { last_event: e } of emails) {
    if (e === 'scheduled' || e === 'canceled') continue;
    c.sent!++;
    if (e === 'delivered' || e === 'opened' || e === 'clicked' || e === 'complained') c.delivered!++;
    if (e === 'opened' || e === 'clicked') c.opened!++;
    if (e === 'clicked') c.clicked!++;
    if (e === 'bounced') (c.bounced!++, c.bounced_permanent!++);
    for (const name of ['complained', 'suppressed', 'failed', 'delivery_delayed'] as const) if (e === name) c[name]!++;
  }
  c.unique_opened = c.opened!;
  c.unique_clicked = c.clicked!;
  const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 10000) / 100);
  c.delivery_rate = pct(c.delivered!, c.sent!);
  c.open_rate = pct(c.unique_opened, c.delivered!);
  c.click_rate = pct(c.unique_clicked, c.delivered!);
  c.bounce_rate = pct(c.bounced!, c.sent!);
  c.complaint_rate = pct(c.complained!, c.delivered!);
  c.unsubscribe_rate = pct(c.unsubscribed!, c.delivered!);
  return c;
}

/** Local wall-clock parts of `ms` in `timeZone`. */
function localParts(ms: number, timeZone: string): { y: number; m: number; d: number; h: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour') };
}

/** The start of the bucket `ms` falls in, as the label of the `period` dimension. */
function bucket(ms: number, granularity: string, timeZone: string): string {
  const { y, m, d, h } = localParts(ms, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (granularity === 'hourly') return `${y}-${pad(m)}-${pad(d)} ${pad(h)}:00`;
  if (granularity === 'monthly') return `${y}-${pad(m)}-01`;
  if (granularity === 'weekly') {
    const day = new Date(Date.UTC(y, m - 1, d));
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    return day.toISOString().slice(0, 10);
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}

function parseDate(value: unknown, name: string, fallback: number, endOfDay: boolean): number {
  if (value === undefined) return fallback;
  const text = String(value);
  const ms = Date.parse(/^\d{4}-\d\d-\d\d$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(ms)) throw validationError(`Invalid \`${name}\` parameter: use an ISO 8601 date or date-time.`);
  return /^\d{4}-\d\d-\d\d$/.test(text) && endOfDay ? ms + DAY_MS : ms;
}

function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw validationError(`Invalid \`timezone\` parameter: \`${timeZone}\` is not an IANA time zone.`);
  }
}

function domainOf(address: string): string {
  return (/@([^>\s]+)>?\s*$/.exec(address)?.[1] ?? '').toLowerCase();
}

/** Which emails the ID filters and the date range keep. */
function selectEmails(ctx: HandlerContext, start: number, end: number): StoredEmail[] {
  const q = ctx.query;
  const ids = list(q.email_id);
  const domainNames = list(q.domain_id).map((id) => String(ctx.state.domains.get(id)?.name ?? `unknown:${id}`));
  const broadcasts = list(q.broadcast_id);
  return ctx.state.emails.all().filter((e) => {
    // By when it was sent: a scheduled email belongs to its send's day, not its creation's.
    const at = sentTime(e);
    if (at < start || at >= end) return false;
    if (ids.length > 0 && !ids.includes(e.id)) return false;
    if (domainNames.length > 0 && !domainNames.includes(domainOf(e.from))) return false;
    return broadcasts.length === 0 || broadcasts.includes(broadcastOf(e) ?? '');
  });
}

function broadcastOf(email: StoredEmail): string | undefined {
  return (email as { broadcast_id?: string }).broadcast_id;
}

/** Resend answers at most this many periods per request. */
const MAX_PERIODS = 10_000;
const PERIOD_MS: Record<string, number> = { hourly: 36e5, daily: DAY_MS, weekly: 7 * DAY_MS, monthly: 28 * DAY_MS };

/** 422 when the range holds more than {@link MAX_PERIODS} periods of the granularity. */
function checkPeriods(start: number, end: number, granularity: string): void {
  const periods = Math.ceil((end - start) / (PERIOD_MS[granularity] ?? DAY_MS));
  if (periods > MAX_PERIODS) {
    throw validationError(
      `The range holds ${periods} ${granularity} periods; at most ${MAX_PERIODS} are allowed. Narrow \`start_date\`–\`end_date\` or use a coarser \`granularity\`.`,
    );
  }
}

function pick(counts: Counts, metrics: readonly string[]): Counts {
  return Object.fromEntries(metrics.map((m) => [m, counts[m] ?? 0]));
}

/** Groups the emails by the requested dimensions into rows. */
function rows(
  ctx: HandlerContext,
  emails: StoredEmail[],
  dimensions: string[],
  granularity: string,
  timeZone: string,
  metrics: string[],
) {
  const groups = new Map<string, { key: Record<string, string>; emails: StoredEmail[] }>();
  for (const email of emails) {
    const key: Record<string, string> = {};
    if (dimensions.includes('period')) key.period = bucket(sentTime(email), granularity, timeZone);
    if (dimensions.includes('domain')) {
      const name = domainOf(email.from);
      const domain = ctx.state.domains.find((d) => d.name === name);
      if (domain) key.domain_id = domain.id;
      key.domain_name = name;
    }
    if (dimensions.includes('email')) key.email_id = email.id;
    if (dimensions.includes('broadcast')) {
      const broadcast = broadcastOf(email);
      if (!broadcast) continue;
      key.broadcast_id = broadcast;
    }
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, emails: [] };
    group.emails.push(email);
    groups.set(id, group);
  }
  return [...groups.values()]
    .sort((a, b) => JSON.stringify(a.key).localeCompare(JSON.stringify(b.key)))
    .map((g) => ({ ...g.key, ...pick(measure(g.emails), metrics) }));
}

/** The metrics route. */
export const emailMetricsRoutes: ResourceRoute[] = [
  {
    method: 'GET',
    path: '/emails/metrics',
    handle(ctx) {
      const q = ctx.query;
      const timeZone = typeof q.timezone === 'string' ? q.timezone : 'UTC';
      checkTimeZone(timeZone);
      const granularity = typeof q.granularity === 'string' ? q.granularity : 'daily';
      const now = ctx.now().getTime();
      // A future end is clamped to now; the default start is six days before the end's day.
      const end = Math.min(parseDate(q.end_date, 'end_date', now + 1, true), now + 1);
      const start = parseDate(q.start_date, 'start_date', Math.floor((end - 1) / DAY_MS) * DAY_MS - 6 * DAY_MS, false);
      if (start >= end) throw validationError('`start_date` must be before `end_date`.');
      checkPeriods(start, end, granularity);
      const metrics = list(q.metrics);
      const chosen = metrics.length > 0 ? metrics : [...METRICS];
      const dimensions = list(q.dimensions);
      const exclusive = ['domain', 'email', 'broadcast'].filter((d) => dimensions.includes(d));
      if (exclusive.length > 1)
        throw validationError(`The \`${exclusive.join('` and `')}\` dimensions cannot be combined.`);
      const emails = selectEmails(ctx, start, end);
      const body: Record<string, unknown> = {
        object: 'metrics',
        start_date: new Date(start).toISOString(),
        end_date: new Date(end).toISOString(),
        metrics: chosen,
        dimensions,
        granularity,
        totals: pick(measure(emails), chosen),
      };
      if (dimensions.length > 0) body.data = rows(ctx, emails, dimensions, granularity, timeZone, chosen);
      return { body };
    },
  },
];
