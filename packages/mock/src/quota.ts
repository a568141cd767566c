/**
 * Resend's sending quotas: emails per UTC calendar day (free plan) and per UTC month, where each
 * To, Cc and Bcc recipient counts as one email (a batch counts each of its emails). The fake counts
 * a send as it starts and gives back what was not sent, answers 429 `daily_quota_exceeded` /
 * `monthly_quota_exceeded` when a send would go past a quota, and reports emails used in
 * `x-resend-daily-quota` / `x-resend-monthly-quota`.
 */
import { ApiError } from './api-error.js';

/** Quotas to emulate; a missing one is not enforced (and its header not sent). Another name is refused. */
export interface QuotaOptions {
  /**
   * Emails per UTC day (Resend's free plan: 100). A non-negative integer.
   * @defaultValue none
   */
  daily?: number;
  /**
   * Emails per UTC calendar month (Resend's free plan: 3 000). A non-negative integer.
   * @defaultValue none
   */
  monthly?: number;
}

/** Emails counted so far in the current UTC day and month. */
export interface QuotaUsage {
  daily: number;
  monthly: number;
}

/** The quota counter of one fake. */
export interface Quota {
  readonly limits: QuotaOptions;
  usage(): QuotaUsage;
  /**
   * Counts a send of `emails` emails at once, or throws the 429 it gets when it would go past a
   * quota. Counting before the send is made, not after, keeps sends that arrive together from all
   * passing the check; the returned function gives back the emails that were not sent after all.
   */
  reserve(emails: number): (unsent: number) => void;
  /** The headers for an answer (none when no quota is set). */
  headers(): Record<string, string>;
  set(options: QuotaOptions | undefined): void;
  reset(): void;
}

const MESSAGES = {
  daily: 'You have reached your daily email sending quota.',
  monthly: 'You have reached your monthly email sending quota.',
};

/** Counts against `options`, by the UTC day and month of `now()`. */
export function createQuota(options: QuotaOptions | undefined, now: () => number): Quota {
  let limits: QuotaOptions = { ...options };
  let day = '';
  let month = '';
  let used: QuotaUsage = { daily: 0, monthly: 0 };
  // Only forwards (ISO dates compare as text): a clock stepped back across midnight (NTP, a resumed
  // VM) would otherwise give the day's emails back twice, on the way back and again on the way forward.
  const roll = () => {
    const iso = new Date(now()).toISOString();
    if (iso.slice(0, 7) > month) ((month = iso.slice(0, 7)), (used = { daily: 0, monthly: 0 }));
    if (iso.slice(0, 10) > day) ((day = iso.slice(0, 10)), (used = { ...used, daily: 0 }));
    return used;
  };
  return {
    get limits() {
      return limits;
    },
    usage: () => ({ ...roll() }),
    reserve(emails) {
      const current = roll();
      if (limits.daily !== undefined && current.daily + emails > limits.daily)
        throw new ApiError(429, 'daily_quota_exceeded', MESSAGES.daily);
      if (limits.monthly !== undefined && current.monthly + emails > limits.monthly)
        throw new ApiError(429, 'monthly_quota_exceeded', MESSAGES.monthly);
      used = { daily: current.daily + emails, monthly: current.monthly + emails };
      const at = { day, month };
      return (unsent) => {
        const latest = roll();
        // Given back only to the day and month it was taken from; a reset in between leaves nothing to give back.
        used = {
          daily: day === at.day ? Math.max(0, latest.daily - unsent) : latest.daily,
          monthly: month === at.month ? Math.max(0, latest.monthly - unsent) : latest.monthly,
        };
      };
    },
    headers() {
      const current = roll();
      return {
        ...(limits.daily !== undefined ? { 'x-resend-daily-quota': String(current.daily) } : {}),
        ...(limits.monthly !== undefined ? { 'x-resend-monthly-quota': String(current.monthly) } : {}),
      };
    },
    set(next) {
      limits = { ...next };
    },
    reset() {
      // The day and month too, so a test that sets the clock back after a reset counts from there.
      day = month = '';
      used = { daily: 0, monthly: 0 };
    },
  };
}

/** Recipients of one email body (To + Cc + Bcc; a string is one address). */
export function recipientCount(email: unknown): number {
  if (email === null || typeof email !== 'object') return 0;
  const fields = email as Record<string, unknown>;
  const count = (value: unknown) => (Array.isArray(value) ? value.length : typeof value === 'string' ? 1 : 0);
  return count(fields.to) + count(fields.cc) + count(fields.bcc);
}
