/**
 * Resend's email quotas: emails per UTC calendar day (free plan) and per UTC month, where each
 * To, Cc and Bcc recipient counts as one email (a batch counts each of its emails), sent and
 * received alike, in one count. The fake counts a send as it starts and gives back what was not
 * sent, answers 429 `daily_quota_exceeded` / `monthly_quota_exceeded` when a send would go past a
 * quota, counts a received email as it arrives (never refused: mail servers deliver anyway), and
 * reports emails used in `x-resend-daily-quota` / `x-resend-monthly-quota`.
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

/**
 * The count as a `--data` file keeps it: the UTC day (`YYYY-MM-DD`) and month (`YYYY-MM`) it was
 * counted in, so a fake started again from the file counts on only while they last.
 */
export interface SavedQuotaUsage extends QuotaUsage {
  day: string;
  month: string;
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
  /**
   * Counts a received email of `emails` recipients, even past a quota, and says whether it went
   * past one: by the same test that refuses a send (the count before it plus `emails` over a
   * limit), so the email that fills the last room is within quota and one that fits only in part
   * is over it as a whole (its content cannot be fetched in part).
   */
  receive(emails: number): boolean;
  /** The headers for an answer (none when no quota is set). */
  headers(): Record<string, string>;
  /** The count now, with the UTC day and month it belongs to. */
  save(): SavedQuotaUsage;
  /**
   * Takes up a saved count in place of this one, as of its own day and month: the next read rolls
   * it over by the usual rule, so a count from a day (or month) that has passed counts no more.
   */
  load(saved: SavedQuotaUsage): void;
  set(options: QuotaOptions | undefined): void;
  reset(): void;
}

/** An answer's quota headers: the count of each quota that is set. */
function quotaHeaders(limits: QuotaOptions, current: QuotaUsage): Record<string, string> {
  return {
    ...(limits.daily !== undefined ? { 'x-resend-daily-quota': String(current.daily) } : {}),
    ...(limits.monthly !== undefined ? { 'x-resend-monthly-quota': String(current.monthly) } : {}),
  };
}

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
  /** The quota (`daily` or `monthly`) that `emails` more would go past, if any. */
  const past = (emails: number) => {
    const current = roll();
    return (['daily', 'monthly'] as const).find((k) => current[k] + emails > (limits[k] ?? Infinity));
  };
  const add = (emails: number) => (used = { daily: used.daily + emails, monthly: used.monthly + emails });
  return {
    get limits() {
      return limits;
    },
    usage: () => ({ ...roll() }),
    reserve(emails) {
      const over = past(emails);
      if (over) throw new ApiError(429, `${over}_quota_exceeded`, `You have reached your ${over} email sending quota.`);
      add(emails);
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
    receive(emails) {
      const over = past(emails);
      add(emails);
      return over !== undefined;
    },
    headers: () => quotaHeaders(limits, roll()),
    save: () => ({ ...roll(), day, month }),
    load(saved) {
      ({ day, month } = saved);
      used = { daily: saved.daily, monthly: saved.monthly };
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

/** Each fake's counter, for its `--data` file: the fake's own API hands out the usage, not the counter. */
const counters = new WeakMap<object, Quota>();

/** Makes `quota` the counter {@link quotaOf} finds for `fake`; returns `fake`. */
export function attachQuota<F extends object>(fake: F, quota: Quota): F {
  counters.set(fake, quota);
  return fake;
}

/** The quota counter of a fake made by `createFakeResend`. */
export function quotaOf(fake: object): Quota | undefined {
  return counters.get(fake);
}

/** Recipients of one email, sent or received (To + Cc + Bcc; a string is one address). */
export function recipientCount(email: unknown): number {
  if (email === null || typeof email !== 'object') return 0;
  const fields = email as Record<string, unknown>;
  const count = (value: unknown) => (Array.isArray(value) ? value.length : typeof value === 'string' ? 1 : 0);
  return count(fields.to) + count(fields.cc) + count(fields.bcc);
}
