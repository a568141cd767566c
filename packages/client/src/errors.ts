/**
 * Typed errors: the API's own error names, the names this client adds for failures that never got a
 * usable HTTP answer, the `ResendError` class, and helpers that turn openapi-fetch results into it.
 */
import type { ErrorName, ErrorResponse } from '@resendkit/types';

/**
 * Error names produced by this client rather than by the API. Each arrives with `statusCode: null`
 * in the `error` body unless noted.
 *
 * - `network_error` — the connection failed (DNS, refused, reset, cut) on every attempt.
 * - `timeout` — every attempt outlived `timeoutMs`.
 * - `invalid_response` — the server answered with a body that is not JSON where JSON was expected
 *   (a proxy's HTML 502, the 403 "error code: 1010" page). `statusCode` is the real HTTP status.
 * - `queue_full` — the rate limiter's bounded queue (`rateLimit.maxQueue`) was full; nothing was sent.
 * - `invalid_idempotency_key` — a caller-given `Idempotency-Key` is not 1–256 characters; refused
 *   before sending (the API would answer 400 with the same name).
 * - `invalid_path_parameter` — a path parameter is missing, not a string or number, empty, `.` or
 *   `..`, which no encoding can keep inside its path segment; refused before sending.
 * - `invalid_url` — the request's URL is not under the client's `baseUrl` (a per-call `baseUrl`, or a
 *   path that changes the host or port); refused before sending, so the key never leaves.
 * - `invalid_header` — a per-call header is malformed (CR/LF, non-Latin-1) or is `Authorization`;
 *   refused before sending.
 * - `response_too_large` — the response body exceeded the client's `maxResponseBytes`; the request
 *   reached the server and may have been carried out (`statusCode` is the real status).
 */
export type ClientErrorName =
  | 'network_error'
  | 'timeout'
  | 'invalid_response'
  | 'queue_full'
  | 'invalid_idempotency_key'
  | 'invalid_path_parameter'
  | 'invalid_url'
  | 'invalid_header'
  | 'response_too_large';

/** The `error` body of a failure produced by this client (see {@link ClientErrorName}). */
export interface ClientError {
  /** The HTTP status, or `null` when no HTTP answer was received. */
  statusCode: number | null;
  /** Which failure this is. */
  name: ClientErrorName;
  /** Human-readable detail; never contains the API key. */
  message: string;
}

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
  /** The request's method, e.g. `POST`. */
  method: string;
  /** The request's pathname (no origin, no query string). */
  path: string;
  /** Seconds the server asked us to wait (`retry-after`, else `ratelimit-reset`), if any. */
  retryAfter?: number | null;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * An error from the Resend API or from this client, with no secrets in it: its `name` is the API's
 * error name (e.g. `rate_limit_exceeded`) or a {@link ClientErrorName}, never `"ResendError"`; check
 * for it with `instanceof ResendError`.
 */
export class ResendError extends Error {
  /** The API's error name or a {@link ClientErrorName}. Key on this, not on `statusCode`. */
  declare readonly name: ErrorName | ClientErrorName;
  /** The HTTP status, or `null` when no HTTP answer was received. */
  readonly statusCode: number | null;
  /** Seconds the server asked us to wait before trying again, or `null`. */
  readonly retryAfter: number | null;
  /** The request's method, e.g. `POST`. */
  readonly method: string;
  /** The request's pathname, e.g. `/emails` (no origin, no query string). */
  readonly path: string;

  /** @param init - the error's fields; `cause` is kept as the standard `Error.cause`. */
  constructor(init: ResendErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    Object.defineProperty(this, 'name', { value: init.name, configurable: true });
    this.statusCode = init.statusCode;
    this.retryAfter = init.retryAfter ?? null;
    this.method = init.method;
    this.path = init.path;
  }

  /** The error as plain data, for logs: name, statusCode, message, retryAfter, method, path. */
  toJSON(): Omit<ResendErrorInit, 'cause'> & { retryAfter: number | null } {
    return {
      name: this.name,
      statusCode: this.statusCode,
      message: this.message,
      retryAfter: this.retryAfter,
      method: this.method,
      path: this.path,
    };
  }
}

/** Where the request info of a response is kept (set by `errorMiddleware`), so `unwrap` can name the call. */
export const REQUEST_INFO: unique symbol = Symbol.for('resendkit.requestInfo') as never;

/** Method and pathname of the request behind a response. */
export interface RequestInfo {
  method: string;
  path: string;
}

/** Reads the request info that `errorMiddleware` attached to a response, if any. */
export function requestInfoOf(response: Response | undefined): RequestInfo | undefined {
  return (response as unknown as Record<symbol, RequestInfo | undefined> | undefined)?.[REQUEST_INFO];
}

/** Attaches method and pathname to a response (once; hidden from inspect and spreads) and returns it. */
export function attachRequestInfo(response: Response, request: Request): Response {
  if (!requestInfoOf(response)) {
    Object.defineProperty(response, REQUEST_INFO, { value: { method: request.method, path: pathOf(request.url) } });
  }
  return response;
}

/** The pathname of a URL, or `''` when it does not parse. Never includes the query string. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

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
    const date = name === 'retry-after' && HTTP_DATE.test(value) ? Date.parse(value.endsWith('GMT') ? value : `${value} GMT`) : NaN;
    if (date === date) return Math.max(0, (date - now) / 1000);
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Turns openapi-fetch's `{ error, response }` (or anything thrown by a call) into a
 * {@link ResendError}. `request` names the call; without it the info attached by this client's
 * middleware is used, else the response URL's pathname.
 */
export function toResendError(error: unknown, response: Response | undefined, request?: Request): ResendError {
  if (error instanceof ResendError) return error;
  const info: RequestInfo = request
    ? { method: request.method, path: pathOf(request.url) }
    : (requestInfoOf(response) ?? { method: 'UNKNOWN', path: response?.url ? pathOf(response.url) : '' });
  const retryAfter = response && response.status === 429 ? retryAfterSeconds(response.headers) : null;
  const base = { ...info, retryAfter };

  if (isRecord(error) && !(error instanceof Error)) {
    const name = typeof error.name === 'string' ? error.name : 'invalid_response';
    const statusCode =
      typeof error.statusCode === 'number' || error.statusCode === null ? error.statusCode : (response?.status ?? null);
    const message =
      typeof error.message === 'string'
        ? error.message
        : `Unexpected error body: ${JSON.stringify(error).slice(0, 200)}`;
    return new ResendError({ ...base, name, statusCode, message });
  }
  if (error instanceof Error) {
    return new ResendError({ ...base, name: 'network_error', statusCode: null, message: error.message, cause: error });
  }
  const status = response?.status ?? null;
  const text = typeof error === 'string' && error !== '' ? `: ${error.slice(0, 200)}` : '';
  return new ResendError({
    ...base,
    name: 'invalid_response',
    statusCode: status,
    message: `Unexpected response (status ${status ?? 'none'})${text}`,
  });
}

/**
 * Returns `result.data`, or throws a {@link ResendError} when the call failed: for users who prefer
 * exceptions. `const email = unwrap(await resend.POST("/emails", { body }))`.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw toResendError(result.error, result.response);
  return result.data as T;
}

/** Header marking a response this client made up instead of receiving it. */
export const SYNTHETIC_HEADER = 'x-resendkit-error';

/**
 * A response standing for a failure that has no (usable) HTTP answer, so openapi-fetch resolves with
 * `{ error }` instead of throwing. Status 599 (outside the real range) unless given; 502 for a given
 * status that cannot carry a body (204, 205, 304) or is outside 200–599.
 */
export function syntheticErrorResponse(body: ClientError, status = 599, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  // A kept content-length would describe the old body (openapi-fetch skips parsing a "0" one).
  h.delete('content-length');
  h.set('content-type', 'application/json');
  h.set(SYNTHETIC_HEADER, body.name);
  // A status that cannot carry a body (a 304 answered with an error) is reported as 502.
  const usable = status >= 200 && status <= 599 && status !== 204 && status !== 205 && status !== 304 ? status : 502;
  return new Response(JSON.stringify(body), { status: usable, headers: h });
}
