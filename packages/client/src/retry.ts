/**
 * Retries, as a {@link Send} wrapper beneath openapi-fetch (whose middleware cannot resend a consumed
 * body): an {@link Attempt} holds its body as bytes, so each retry sends the same data again.
 */
import { checkKind, checkNumber } from './config-error.js';
import { clientDefaults } from './defaults.js';
import { RETRYABLE_STATUSES, ResendError, pathOf, retryAfterSeconds } from './errors.js';
import { describeCause, failure, markMaybeSent, mayHaveBeenSent } from './failure.js';
import { type Attempt, type Send, bodyText, discardBody, headerOf } from './internal/index.js';
import { sleep } from './shared/sleep.js';
import { callQuietly } from './shared/callback.js';
import { isTimeoutError } from './timeout.js';

/** Why an attempt is repeated. */
export type RetryReason = 'rate_limited' | 'server_error' | 'network_error' | 'timeout' | 'idempotency_conflict';

/** What {@link RetryOptions.onRetry} is told before each wait. */
export interface RetryEvent {
  /** Which retry this will be: 1 for the first. */
  retry: number;
  /** Why the previous attempt is repeated. */
  reason: RetryReason;
  /** The previous attempt's HTTP status, or `null` for network errors and timeouts. */
  status: number | null;
  /** How long the wait before the retry is, in ms. */
  delayMs: number;
  /** The request's method. */
  method: string;
  /** The request's pathname. */
  path: string;
}

/** Options of {@link withRetry} (and of `createResendClient({ retry })`). */
export interface RetryOptions {
  /** Retries after the first attempt. @defaultValue 2 */
  retries?: number;
  /** The backoff's first step, in ms: retry n waits a random time in [0, min(maxDelayMs, baseDelayMs·2ⁿ⁻¹)). @defaultValue 500 */
  baseDelayMs?: number;
  /** The backoff's cap, in ms. @defaultValue 10000 */
  maxDelayMs?: number;
  /** A 429 asking for a longer wait than this (ms) is returned instead of retried. @defaultValue 60000 */
  maxRetryAfterMs?: number;
  /** Random source in [0, 1) for the jitter; `Math.random` stands in for a call that throws. @defaultValue `Math.random` */
  random?: () => number;
  /**
   * Called before each wait; for logs and metrics (the demo counts 429s with it). A throw, or an async
   * hook's rejection, is ignored.
   */
  onRetry?: (event: RetryEvent) => unknown;
  /** Waits `ms`, rejecting with the signal's reason when it aborts. @defaultValue a `setTimeout` */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Methods that may be repeated without an `Idempotency-Key` (frozen: a change would make POSTs repeatable). */
export const SAFE_METHODS: readonly string[] = Object.freeze(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** True when repeating `attempt` cannot do the work twice: a safe method, or an `Idempotency-Key`. */
export function isSafeToRepeat(attempt: Pick<Attempt, 'method' | 'headers'>): boolean {
  return (
    SAFE_METHODS.includes(attempt.method.toUpperCase()) || headerOf(attempt.headers, 'idempotency-key') !== undefined
  );
}

// Quotas reset at midnight UTC or next month: retrying within seconds cannot help.
const QUOTA_NAMES = ['daily_quota_exceeded', 'monthly_quota_exceeded'];

async function errorName(response: Response): Promise<unknown> {
  try {
    return (JSON.parse(await bodyText(response)) as { name?: unknown } | null)?.name;
  } catch {
    return undefined;
  }
}

/**
 * A client error met on a retry, restated: an earlier attempt reached (or may have reached) the
 * server, so it must not claim that nothing was sent.
 */
function afterSent(error: ResendError, retry: number): ResendError {
  const message = `${error.message.replace(/;? ?nothing was sent\.?$/, '.')} This was retry ${retry - 1}: an earlier attempt may have been carried out.`;
  const { name, statusCode, retryAfter, method, path } = error;
  return failure({
    name,
    status: statusCode,
    message,
    retryAfter,
    request: { method, path },
    cause: error,
    maybeSent: true,
  });
}

/** The call's answer: a failed one is marked maybe sent when an earlier attempt got no answer. */
function answered(response: Response, unanswered: boolean): Response {
  return unanswered && !response.ok ? markMaybeSent(response) : response;
}

/**
 * The error of a call whose last attempt got no answer (or whose unsafe first one did not);
 * `maybeSent` when any attempt may have been carried out.
 */
function noAnswer(error: unknown, attempts: number, attempt: Attempt, maybeSent: boolean): ResendError {
  const timedOut = isTimeoutError(error);
  const detail = timedOut ? (error as ResendError).message.replace(/\.?$/, '.') : describeCause(error, attempt.url);
  const message = `${timedOut ? 'Timed out' : 'Network error'} after ${attempts} attempt${attempts > 1 ? 's' : ''}: ${detail}`;
  // A timeout's own cause is the abort; the network error underneath (if any) is what a user wants.
  const cause = timedOut ? ((error as ResendError).cause ?? error) : error;
  return failure({
    name: timedOut ? 'timeout' : 'network_error',
    status: null,
    message,
    request: attempt,
    cause,
    maybeSent,
  });
}

/**
 * `random()`, or `Math.random()` when it throws: thrown inside the attempt loop, a user's bug would
 * turn a 503 into "no answer" and cost a safe retry.
 */
function jitter(random: () => number): number {
  try {
    return random();
  } catch {
    return Math.random();
  }
}

/**
 * Wraps a {@link Send} with retries: a 429 always (after `retry-after`, else `ratelimit-reset`, else the
 * backoff; not for quota 429s); 500/502/503/504, network errors and timeouts only when
 * the request is safe to repeat (a GET, HEAD, PUT, DELETE or OPTIONS, or one with an `Idempotency-Key`); a 409 `concurrent_idempotent_requests` after a backoff wait. Backoff is
 * exponential with full jitter and a cap. The request's signal stops a wait at once. When the last
 * attempt fails without a response, rejects with a {@link ResendError} (`network_error`/`timeout`).
 */
export function withRetry(next: Send, options: RetryOptions = {}): Send {
  const defaults = clientDefaults.retry;
  const retries = checkNumber(options.retries, defaults.retries, 'retry.retries', 0, true);
  const baseDelayMs = checkNumber(options.baseDelayMs, defaults.baseDelayMs, 'retry.baseDelayMs', 0);
  const maxDelayMs = checkNumber(options.maxDelayMs, defaults.maxDelayMs, 'retry.maxDelayMs', 0);
  const maxRetryAfterMs = checkNumber(options.maxRetryAfterMs, defaults.maxRetryAfterMs, 'retry.maxRetryAfterMs', 0);
  checkKind(options, 'retry', ['object']);
  for (const name of ['random', 'onRetry', 'sleep'] as const) checkKind(options[name], `retry.${name}`, ['function']);
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? sleep;
  const backoff = (retry: number) => jitter(random) * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));

  return async (attempt) => {
    const { signal, method } = attempt;
    // Whether the attempt is safe to repeat, and its path, are worked out only once one failed.
    // Whether an attempt got no answer after its request may have left: it may have been carried
    // out, whatever the last one says.
    let unanswered = false;

    for (let retry = 1; ; retry++) {
      const last = retry > retries;
      let reason: RetryReason | undefined;
      let delayMs = 0;
      let status: number | null = null;
      try {
        const response = await next(attempt);
        if (last) return answered(response, unanswered);
        status = response.status;
        if (status === 429 && !QUOTA_NAMES.includes(String(await errorName(response)))) {
          const seconds = retryAfterSeconds(response.headers);
          delayMs = seconds === null ? backoff(retry) : seconds * 1000;
          if (delayMs <= maxRetryAfterMs) reason = 'rate_limited';
        } else if (RETRYABLE_STATUSES.includes(status) && isSafeToRepeat(attempt)) {
          reason = 'server_error';
          // A 500, 502 or 504 may come after the work was done (`answerMayHaveRun` in failure.ts, which
          // a last answer goes through): a later answer (a 429, a replayed refusal) would hide it.
          unanswered ||= status !== 503 && !/^(GET|HEAD)$/.test(method);
          delayMs = Math.max(backoff(retry), Math.min((retryAfterSeconds(response.headers) ?? 0) * 1000, maxDelayMs));
        } else if (status === 409 && (await errorName(response)) === 'concurrent_idempotent_requests') {
          reason = 'idempotency_conflict';
          delayMs = backoff(retry);
        }
        if (!reason) return answered(response, unanswered);
        discardBody(response);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const timedOut = isTimeoutError(error);
        if (error instanceof ResendError && !timedOut) throw retry > 1 ? afterSent(error, retry) : error;
        reason = timedOut ? 'timeout' : 'network_error';
        unanswered ||= mayHaveBeenSent(error);
        if (last || !isSafeToRepeat(attempt)) throw noAnswer(error, retry, attempt, unanswered);
        delayMs = backoff(retry);
      }
      // A report that fails (a metrics hook's bug, sync or async) must not cost the retry: the send would be lost.
      // `path` stays a string for the hook (a client's attempts have URLs built from its checked base URL).
      callQuietly(options.onRetry, { retry, reason, status, delayMs, method, path: pathOf(attempt.url) ?? '' });
      // A signal of its own when the caller gave none: waits are rare, so it is made only here.
      await wait(delayMs, signal ?? new AbortController().signal);
    }
  };
}
