/** When an outbound email goes out, for the counts kept by day: `GET /emails/metrics` and `GET /usage`. */
import type { StoredEmail } from './state.js';
import { storedTime } from './test-api/emails.js';

/**
 * When `email` is sent (or due to be), in ms since the epoch: its `scheduled_at` when that is later
 * than its creation, else its creation. Resend counts an email on the UTC day it is sent, so one
 * scheduled today for next week counts next week; a time already past when it was created sent it
 * at once. Whether it has gone out yet (`last_event`) is for the caller to check.
 */
export function sentTime(email: Pick<StoredEmail, 'created_at' | 'scheduled_at'>): number {
  const created = storedTime(email.created_at);
  const scheduled = email.scheduled_at === null ? Number.NaN : storedTime(email.scheduled_at);
  return Number.isNaN(scheduled) ? created : Math.max(created, scheduled);
}
