/**
 * Typed errors: the API's own error names, the names this client adds for failures that never got a
 * usable HTTP answer, the `ResendError` class, and helpers that turn openapi-fetch results into it.
 */
import type { ErrorName, ErrorResponse } from '@resendkit/types';
import { ResendKitError, type ResendKitErrorJSON, isResendKitError } from './error-base.js';

/**
 * Error names produced by this client rather than by the API. Each arrives with `statusCode: null`
 * in the `error` body unless noted.
 *
 * - `network_error` — the connection failed (DNS, refused, reset, cut) on every attempt.
 * - `timeout` — every attempt outlived `timeoutMs`.
 * - `invalid_response` — the server answered with a body that is not JSON where JSON was expected
 *   (a proxy's HTML 502, the 403 "error code: 1010" page). `statusCode` is the real HTTP status.
 * - `queue_full` — the rate limiter's bounded queue (`rateLimit.maxQueue`) was full; nothing was sent.
 * - `rate_limit_store_unavailable` — a shared rate-limit store (e.g. `@resendkit/redis`) could not
 *   be reached, so no slot could be taken; nothing was sent.
 * - `invalid_idempotency_key` — a caller-given `Idempotency-Key` is not 1–256 characters; refused
 *   before sending (the API would answer 400 with the same name).
 * - `invalid_path_parameter` — a path parameter is missing, not a string or number, empty, `.` or
 *   `..`, which no encoding can keep inside its path segment; refused before sending.
 * - `invalid_url` — the request's URL is not under the client's `baseUrl` (a per-call `baseUrl`, or a
 *   path that changes the host or port); refused before sending, so the key never leaves.
 * - `invalid_header` — a per-call header is malformed (CR/LF, non-Latin-1), is `Authorization`, or
 *   the headers are not an object; refused before sending.
 * - `invalid_option` — a per-call option is unusable (a `signal` that is not an `AbortSignal`), a
 *   method call gave both spellings of one option (the SDK's `replyTo` and the API's `reply_to`), or
 *   both `react` and `html`; refused before sending, with no timer left behind.
 * - `react_render_failed` — a `react` body could not be rendered to HTML (the element threw, or
 *   `@react-email/render` is not installed); the message names the field; nothing was sent.
 * - `download_failed` — `emails.receiving.raw` or `forward` could not download a signed URL the API
 *   returned (expired, refused, unreachable, or none given); `statusCode` is the download's status or
 *   `null`; for `forward`, nothing was sent.
 * - `response_too_large` — the response body exceeded the client's `maxResponseBytes`; the request
 *   reached the server and may have been carried out (`statusCode` is the real status).
 */
export type ClientErrorName =
  | 'network_error'
  | 'timeout'
  | 'invalid_response'
  | 'queue_full'
  | 'rate_limit_store_unavailable'
  | 'invalid_idempotency_key'
  | 'invalid_path_parameter'
  | 'invalid_url'
  | 'invalid_header'
  | 'response_too_large'
  | 'invalid_option'
  | 'react_render_failed'
  | 'download_failed';

/**
 * {@link ClientError} as one object type, for openapi-fetch's path-based calls: its `Readable<>`
 * drops a property typed `null`, so the discriminated form would lose `statusCode` there.
 */
export interface ClientErrorBody {
  /** The HTTP status, or `null` when no HTTP answer was received. */
  statusCode: number | null;
  /** Which failure this is. */
  name: ClientErrorName;
  /** Human-readable detail; never contains the API key. */
  message: string;
}

/** The client's failures that carry the real HTTP status: the server answered, unusably. */
export type AnsweredClientErrorName = 'invalid_response' | 'response_too_large' | 'download_failed';

/**
 * The `error` body of a failure produced by this client (see {@link ClientErrorName}). Discriminated
 * by `name`: after `error.name === 'network_error'`, `error.statusCode` is `null`.
 */
export type ClientError =
  | {
      /** `null`: no HTTP answer was received (or nothing was sent). */
      statusCode: null;
      /** Which failure this is. */
      name: Exclude<ClientErrorName, AnsweredClientErrorName>;
      /** Human-readable detail; never contains the API key. */
      message: string;
    }
  | {
      /** The HTTP status of the unusable answer. */
      statusCode: number | null;
      /** Which failure this is. */
      name: AnsweredClientErrorName;
      /** Human-readable detail; never contains the API key. */
      message: string;
    };

/** What the `error` of a `createResendClient()` call can be: the API's error body, or ours. */
export type ResendErrorBody = ErrorResponse | ClientError;

/** Everything needed to build a {@link ResendError}. */
export interface ResendErrorInit {
  /** The API's error name or a {@link ClientErrorName}. */
  name: string;
  /** The HTTP status, or `null` for network failures, timeouts and refusals before sending. */
  statusCode: number | null;
  /** Human-readable detail. */
  message: string;
  /** The request's method, e.g. `POST`; `null` only where no request exists. */
  method: string | null;
  /** The request's pathname (no origin, no query string); `null` only where no request exists. */
  path: string | null;
  /** Seconds the server asked us to wait (`retry-after`, else `ratelimit-reset`), if any. */
  retryAfter?: number | null;
  /** The underlying error, if any. */
  cause?: unknown;
  /** The call may have been carried out (see {@link ResendError.maybeSent}). @defaultValue false */
  maybeSent?: boolean;
}

/** {@link ResendError#toJSON}'s shape. */
export interface ResendErrorJSON extends ResendKitErrorJSON<ErrorName | ClientErrorName> {
  /** The HTTP status, or `null` when no HTTP answer was received. */
  statusCode: number | null;
  /** Seconds the server asked us to wait, or `null`. */
  retryAfter: number | null;
  /** The request's method; `null` only for an error made outside any request. */
  method: string | null;
  /** The request's pathname; `null` like `method`. */
  path: string | null;
  /** True when the call may have been carried out though it failed (see {@link ResendError.maybeSent}). */
  maybeSent: boolean;
}

/**
 * An error from the Resend API or from this client, with no secrets in it: its `code` (and `name`)
 * is the API's error name (e.g. `rate_limit_exceeded`) or a {@link ClientErrorName}; check for it
 * with {@link isResendError}.
 */
export class ResendError extends ResendKitError<ErrorName | ClientErrorName> {
  /** The HTTP status, or `null` when no HTTP answer was received. */
  readonly statusCode: number | null;
  /**
   * Seconds the server asked us to wait before trying again (`retry-after`, else `ratelimit-reset`)
   * with a 429 or a 500/502/503/504, the answers whose wait the retries honour; else `null`.
   */
  readonly retryAfter: number | null;
  /** The request's method, e.g. `POST`; `null` only for an error made outside any request. */
  readonly method: string | null;
  /** The request's pathname, e.g. `/emails` (no origin, no query string); `null` like `method`. */
  readonly path: string | null;
  /**
   * True when the call may have been carried out though it failed: an attempt got no answer after its
   * request may have left (`timeout`, a connection cut: every `network_error` but one whose attempts
   * all failed before sending, such as `ECONNREFUSED`, `ENOTFOUND` or a refused certificate), the
   * server answered with a body over `maxResponseBytes` (`response_too_large`) or with a 2xx the
   * client cannot use (`invalid_response`: a body cut or garbled on the way, a send without an id),
   * a call that changes something was answered 500, 502 or 504 (the API, or the service behind a
   * gateway, may have done the work before failing; a 503 says it took nothing in), or an
   * earlier attempt reached the server before this error (say `rate_limit_store_unavailable` on a
   * retry) that, on a first attempt, means nothing was sent. Check it before sending the same thing
   * again without the call's idempotency key.
   */
  readonly maybeSent: boolean;

  /** @param init - the error's fields; `cause` is kept as the standard `Error.cause`. */
  constructor(init: ResendErrorInit) {
    super('ResendError', init.name as ErrorName | ClientErrorName, init.message, init.cause);
    this.statusCode = init.statusCode;
    this.retryAfter = init.retryAfter ?? null;
    this.method = init.method;
    this.path = init.path;
    this.maybeSent = init.maybeSent ?? false;
  }

  /** The error as plain data, for logs: name, code, message, statusCode, retryAfter, method, path, maybeSent. */
  override toJSON(): ResendErrorJSON {
    return super.toJSON() as unknown as ResendErrorJSON;
  }

  protected override fields(): Record<string, unknown> {
    return {
      statusCode: this.statusCode,
      retryAfter: this.retryAfter,
      method: this.method,
      path: this.path,
      maybeSent: this.maybeSent,
    };
  }
}

/**
 * True for every {@link ResendError} (API errors, network failures, timeouts, refusals before
 * sending, `sendAll`'s `not_sent`), also one made by another copy of this package.
 */
export function isResendError(error: unknown): error is ResendError {
  return isResendKitError(error, 'ResendError');
}

/** Method and pathname of the request behind a result; `null` where no request exists. */
export interface RequestInfo {
  /** The method, upper case, e.g. `POST`. */
  method: string | null;
  /** The pathname, e.g. `/emails/4ef9…` (no origin, no query string). */
  path: string | null;
}

/**
 * The same as this result with the request named: what every call of a `createResendClient()`
 * client resolves with when it failed, so that `unwrap` and `toResendError` name the call.
 */
export type NamedResult<R> = R & { request: RequestInfo };

/** `result` as a failure named by `request` (a new object; the result itself is left as it is). */
export function nameResult<R extends object>(result: R, request: RequestInfo): NamedResult<R> {
  return { ...result, request };
}

/** The pathname of a URL, or `null` when it does not parse (no path is known). Never includes the query string. */
export function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** Server errors worth another try when the request is safe to repeat (frozen: the retries read it). */
export const RETRYABLE_STATUSES: readonly number[] = Object.freeze([500, 502, 503, 504]);

/** The shape of the three HTTP-date forms (IMF-fixdate, RFC 850, asctime): a day name, then a time. */
const HTTP_DATE = /^[A-Z][a-z]{2}[a-z]*,? [\w -]+ \d\d:\d\d:\d\d\b/;

/**
 * Seconds to wait according to a response: `retry-after` (seconds or an HTTP-date), else
 * `ratelimit-reset` (seconds). `null` when neither is usable: only digits (a decimal fraction is
 * tolerated) count as seconds, so `-5`, `1, 2` or `0x10` are ignored rather than misread.
 */
export function retryAfterSeconds(headers: Headers, now: number = Date.now()): number | null {
  for (const name of ['retry-after', 'ratelimit-reset']) {
    const value = headers.get(name)?.trim();
    if (!value) continue;
    if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value);
    // Only retry-after may be an HTTP date.
    // asctime has no zone: it is GMT, not local time.
    const date =
      name === 'retry-after' && HTTP_DATE.test(value)
        ? Date.parse(value.endsWith('GMT') ? value : `${value} GMT`)
        : NaN;
    if (date === date) return Math.max(0, (date - now) / 1000);
  }
  return null;
}

/**
 * `error` named by `info` when it names no request yet (e.g. a limiter refusal, made before the
 * request was known); otherwise `error` itself. The one place a request's method and path are
 * put on an error made without them.
 */
export function withRequest(error: ResendError, info: RequestInfo): ResendError {
  if (error.method !== null || info.method === null) return error;
  const { name, statusCode, message, retryAfter, maybeSent } = error;
  return new ResendError({ name, statusCode, message, retryAfter, ...info, cause: error.cause, maybeSent });
}
