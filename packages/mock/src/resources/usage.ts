/**
 * `GET /usage`: computed from the fake's state. Emails count once per recipient (to, cc and bcc),
 * sent and received alike, per UTC day and calendar month (a scheduled email in those it was sent
 * in), as Resend counts them against the free plan's quotas; the other sections count what the
 * team has stored.
 */
import { recipientCount } from '../quota.js';
import { sentTime } from '../sent-time.js';
import { storedTime } from '../test-api/emails.js';
import type { ResourceRoute } from './context.js';

/** The free plan's limits (Resend's pricing page): 100 emails a day, 3 000 a month, 1 000 contacts, 3 domains. */
const FREE_PLAN = { daily: 100, monthly: 3000, contacts: 1000, segments: 3, domains: 3, automationRuns: 1000 } as const;

function quota(sent: number, received: number, limit: number, resetsAt: Date) {
  return { used: sent + received, limit, sent, received, resets_at: resetsAt.toISOString() };
}

/** Routes for `/usage`. */
export const usageRoutes: ResourceRoute[] = [
  {
    method: 'GET',
    path: '/usage',
    handle(ctx) {
      const now = ctx.now();
      const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
      const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
      const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
      const count = (since: number) => {
        let sent = 0;
        let received = 0;
        for (const e of ctx.state.emails) {
          // On the day it was sent: a scheduled email counts on its `scheduled_at`, not its creation.
          if (e.last_event !== 'scheduled' && e.last_event !== 'canceled' && sentTime(e) >= since) {
            sent += recipientCount(e);
          }
        }
        for (const e of ctx.state.receivedEmails) if (storedTime(e.created_at) >= since) received += recipientCount(e);
        return { sent, received };
      };
      const today = count(dayStart);
      const month = count(monthStart);
      const runs = ctx.state.automationRuns
        .all()
        .filter((r) => typeof r.created_at === 'string' && storedTime(r.created_at) >= monthStart).length;
      return {
        body: {
          object: 'usage',
          generated_at: now.toISOString(),
          emails: {
            daily: quota(today.sent, today.received, FREE_PLAN.daily, new Date(dayStart + 864e5)),
            monthly: quota(month.sent, month.received, FREE_PLAN.monthly, nextMonth),
          },
          contacts: { used: ctx.state.contacts.size, limit: FREE_PLAN.contacts },
          segments: { used: ctx.state.segments.size, limit: FREE_PLAN.segments },
          broadcasts: { used: ctx.state.broadcasts.size, limit: null },
          ai_credits: { used: 0, limit: null, next_increase_at: null },
          automation_runs: { used: runs, limit: FREE_PLAN.automationRuns, resets_at: nextMonth.toISOString() },
          domains: { used: ctx.state.domains.size, limit: FREE_PLAN.domains },
          rate_limit: { limit: ctx.settings.rateLimit.limit, duration: `${ctx.settings.rateLimit.windowMs / 1000}s` },
        },
      };
    },
  },
];
