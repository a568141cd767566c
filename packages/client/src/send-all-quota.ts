/** Resend's quota errors (429) and when each quota is given back. */

/** The `name` of a 429 that means a quota is used up (not the per-second rate limit). */
export type QuotaErrorName = 'daily_quota_exceeded' | 'monthly_quota_exceeded';

/** True for the name of a quota error. */
export function isQuotaErrorName(name: unknown): name is QuotaErrorName {
  return name === 'daily_quota_exceeded' || name === 'monthly_quota_exceeded';
}

/**
 * When the quota named `name` resets after `now` (ms since the epoch): the daily quota at the next
 * 00:00 UTC, the monthly one at 00:00 UTC on the first day of the next month (Resend counts by UTC
 * calendar day and month).
 */
export function quotaResetAt(name: QuotaErrorName, now: number): number {
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return name === 'daily_quota_exceeded' ? Date.UTC(year, month, date.getUTCDate() + 1) : Date.UTC(year, month + 1, 1);
}
