/** What became of one job's email, and how a failed call maps onto BullMQ's moves. */

/**
 * The longest wait a 429 may pause the queue for, in seconds: what six digits of `retry-after`
 * could always ask (~11.6 days). A larger number is likelier a Unix time (some servers' reset
 * header) than a wait, and would stop the queue for decades.
 */
const MAX_WAIT_S = 999_999;

/**
 * Seconds a 429 asked to wait: the `retryAfter` the client's error carries (it reads `retry-after`,
 * an HTTP date too, else `ratelimit-reset`), else for an error made elsewhere the headers, read the
 * same way in whole seconds; `null` when none is a wait up to {@link MAX_WAIT_S}.
 */
function waitSeconds(retryAfter: unknown, headers: Headers | undefined): number | null {
  for (const value of [retryAfter, headers?.get('retry-after'), headers?.get('ratelimit-reset')]) {
    // Header values come trimmed; digits only, so `-5`, `1.5e3` or a date are no number of seconds.
    const seconds = typeof value === 'number' ? value : /^\d+$/.test(String(value)) ? Number(value) : NaN;
    if (seconds >= 0 && seconds <= MAX_WAIT_S) return seconds;
  }
  return null;
}

/**
 * - `sent`: Resend gave it an id.
 * - `failed`: `final` when sending again cannot help (a 4xx), else BullMQ retries it with backoff.
 * - `rate_limited`: back to waiting, the queue paused for `ms`, no attempt spent.
 * - `delayed`: back `until` then (the quota resets, another request under its key ends), no attempt spent.
 */
export type Outcome =
  | { kind: 'sent'; id: string }
  | { kind: 'failed'; name: string; message: string; final: boolean }
  | { kind: 'rate_limited'; ms: number }
  | { kind: 'delayed'; until: number };

/** The next 00:00 UTC (daily quota) or the first of next month 00:00 UTC (monthly quota). */
export function quotaReset(name: string, now: number): number {
  const d = new Date(now);
  if (name === 'daily_quota_exceeded') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * The client's refusals of a request it would not send (a malformed option or header, a `react` body
 * that does not render): the same email is refused the same way every time.
 */
const REFUSED_BEFORE_SENDING = new Set([
  'invalid_option',
  'react_render_failed',
  'invalid_idempotency_key',
  'invalid_header',
  'invalid_url',
  'invalid_path_parameter',
]);

/** True for a request the client refused to send (no HTTP status): it would be refused again. */
function refusedBeforeSending(error: { name: string; statusCode?: number | null }): boolean {
  return (error.statusCode ?? null) === null && REFUSED_BEFORE_SENDING.has(error.name);
}

/**
 * True when a request was refused, and nothing sent, for what its body holds: the API's 400 or 422
 * (even a permissive batch is refused whole for a field of one email), its 413 (the body too large
 * as a whole), or the client's own refusal. Each email of such a batch may go alone, so that only
 * the one at fault fails.
 */
export function refusedForItsBody(error: { name: string; statusCode?: number | null }): boolean {
  const status = error.statusCode;
  return status === 400 || status === 413 || status === 422 || refusedBeforeSending(error);
}

/** The outcome of a call that failed with `error` (after the client's own retries). */
export function outcomeOfError(
  error: { name: string; message: string; statusCode?: number | null; retryAfter?: number | null },
  response: Response | undefined,
  now = Date.now(),
): Outcome {
  if (error.name === 'daily_quota_exceeded' || error.name === 'monthly_quota_exceeded')
    return { kind: 'delayed', until: quotaReset(error.name, now) };
  // Another request under the job's key is still in progress (a worker that lost the job's lock, or
  // a replay): it will be answered. Failed on the job's last attempt, the job ended `failed` though
  // that request sent it; a second later the job finds its answer, no attempt spent.
  if (error.name === 'concurrent_idempotent_requests') return { kind: 'delayed', until: now + 1000 };
  if (error.name === 'rate_limit_exceeded' || error.statusCode === 429) {
    // The client's wait, which also reads `ratelimit-reset`: a 429 giving only that waits out the reset.
    const seconds = waitSeconds(error.retryAfter, response?.headers);
    return { kind: 'rate_limited', ms: seconds === null ? 1000 : Math.max(1, Math.ceil(seconds * 1000)) };
  }
  const status = error.statusCode ?? null;
  // A 4xx will fail the same way again, as will a request the client refused to send; a 409 may
  // pass (the request with its key finished meanwhile), unless the key went with another body, which
  // Resend refuses for 24 hours.
  const conflict = status === 409 && error.name !== 'invalid_idempotent_request';
  const final = (status !== null && status >= 400 && status < 500 && !conflict) || refusedBeforeSending(error);
  return { kind: 'failed', name: error.name, message: error.message, final };
}
