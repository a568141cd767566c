/** What became of one job's email, and how a failed call maps onto BullMQ's moves. */

/** `retry-after` in whole seconds (digits only), else `null`. */
function retryAfterSeconds(headers: Headers): number | null {
  const value = headers.get('retry-after')?.trim() ?? '';
  return /^\d{1,6}$/.test(value) ? Number(value) : null;
}

/**
 * - `sent`: Resend gave it an id.
 * - `failed`: `final` when sending again cannot help (a 4xx), else BullMQ retries it with backoff.
 * - `rate_limited`: back to waiting, the queue paused for `ms`, no attempt spent.
 * - `quota`: delayed `until` the quota resets, no attempt spent.
 */
export type Outcome =
  | { kind: 'sent'; id: string }
  | { kind: 'failed'; name: string; message: string; final: boolean }
  | { kind: 'rate_limited'; ms: number }
  | { kind: 'quota'; until: number };

/** The next 00:00 UTC (daily quota) or the first of next month 00:00 UTC (monthly quota). */
export function quotaReset(name: string, now: number): number {
  const d = new Date(now);
  if (name === 'daily_quota_exceeded') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** The outcome of a call that failed with `error` (after the client's own retries). */
export function outcomeOfError(
  error: { name: string; message: string; statusCode?: number | null },
  response: Response | undefined,
  now = Date.now(),
): Outcome {
  if (error.name === 'daily_quota_exceeded' || error.name === 'monthly_quota_exceeded')
    return { kind: 'quota', until: quotaReset(error.name, now) };
  if (error.name === 'rate_limit_exceeded' || error.statusCode === 429) {
    const seconds = response ? retryAfterSeconds(response.headers) : null;
    return { kind: 'rate_limited', ms: seconds === null ? 1000 : Math.max(1, seconds * 1000) };
  }
  const status = error.statusCode ?? null;
  // A 4xx other than a conflict on the idempotency key will fail the same way again.
  const final = status !== null && status >= 400 && status < 500 && status !== 409;
  return { kind: 'failed', name: error.name, message: error.message, final };
}
