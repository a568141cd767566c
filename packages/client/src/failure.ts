/**
 * The one place a failure becomes the error model: from an HTTP status and body, from a thrown cause,
 * or from a refusal the client makes itself, {@link failure} builds the {@link ResendError}; the
 * helpers beside it carry one through openapi-fetch (as a response) and back onto a call's result,
 * keeping the original error as `cause`.
 */
import {
  type ClientErrorBody,
  type ClientErrorName,
  RETRYABLE_STATUSES,
  type RequestInfo,
  ResendError,
  pathOf,
  retryAfterSeconds,
  withRequest,
} from './errors.js';
import { ResendConfigError } from './config-error.js';
import { isResendKitError } from './error-base.js';
import { kindOf, thrownText } from './shared/check-kind.js';
import { cutText } from './shared/cut-text.js';
import { posixCode } from './posix-code.js';

/** What a failure is built from: a name the client chose, or an HTTP answer, or a thrown cause; and the request. */
export interface FailureSource {
  /** The error name; from `body.name` when the API gave one; `network_error` for a bare cause; `invalid_response` otherwise. */
  name?: string | undefined;
  /** The HTTP status, or `null` when no HTTP answer was received. */
  status?: number | null | undefined;
  /** The parsed error body of an HTTP answer (`{ name, message, statusCode }` from the API or the client). */
  body?: unknown;
  /** The message; built from the body or the cause when absent. */
  message?: string | undefined;
  /** The underlying error (a network failure, an abort), kept as `cause`. */
  cause?: unknown;
  /** The request: method and path, or the attempt's method and URL (only its path is kept). */
  request?: RequestInfo | { method: string; url: string } | undefined;
  /** Seconds the server asked to wait. */
  retryAfter?: number | null | undefined;
  /** The call may have been carried out: an attempt got no answer after it may have left, or an earlier one reached the server. */
  maybeSent?: boolean | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The request's method and path (the path only: never a query string, never an origin). */
function requestOf(request: FailureSource['request']): RequestInfo {
  if (!request) return { method: null, path: null };
  return 'url' in request ? { method: request.method, path: pathOf(request.url) } : request;
}

/** The first `code` (e.g. `ECONNREFUSED`) down a cause chain in its POSIX name (`posix-code.ts`), and the deepest message. */
function causeDetail(cause: unknown): { code: string | undefined; detail: string } {
  let code: string | undefined;
  let detail = thrownText(cause);
  let at: unknown = cause;
  for (let depth = 0; at instanceof Error && depth < 4; depth++, at = at.cause) {
    const own = (at as { code?: unknown }).code;
    if (code === undefined && typeof own === 'string' && own !== '') code = own;
    if (at.message) detail = at.message;
  }
  return { code: posixCode(code, detail), detail };
}

/**
 * Codes of failures before any byte of a request can have left: no route, no such host, a refused
 * connection, a connect that timed out in undici, a refused certificate. Every other failure, and
 * every time limit reached, may have come after the request was written, and the server may have
 * carried it out.
 */
const UNSENT_CODES =
  /^(?:ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/;

/**
 * Whether an attempt that got no answer, failing with `error`, may have been carried out: what a
 * client error says of itself (a time limit reached says so); else `false` only for a failure of
 * {@link UNSENT_CODES} (a refused connection can be sent again, whatever its key), and `true` for
 * any failure without a code or words that name one.
 */
export function mayHaveBeenSent(error: unknown): boolean {
  if (error instanceof ResendError) return error.maybeSent;
  const { code } = causeDetail(error);
  return code === undefined || !UNSENT_CODES.test(code);
}

/**
 * Whether an HTTP answer of `status` to a call of `method` leaves the call maybe carried out: a 500
 * (the API failed after the work) or a 502 or 504 (a gateway gave up waiting on it) to anything but
 * a read (`GET`, `HEAD`; an unknown method counts as a change). A 503 says the API took nothing in.
 * The fake's lost responses (`lostResponseRate`) are such 500s, after the emails were stored.
 * (Patterns, not a list: this ships in the composed worker client, held to 12 kB.) `retry.ts` states
 * the same rule inline in its `server_error` branch: calling this from there measured 12 B over that
 * budget. Change both together.
 */
export function answerMayHaveRun(status: number | null, method: string | null): boolean {
  return /^50[024]$/.test(`${status}`) && !/^(GET|HEAD)$/.test(`${method}`);
}

/**
 * Why a request got no answer, in words: the host and port it went to, the deepest message of the
 * cause and its code (`ECONNREFUSED`, `ETIMEDOUT`, `ECONNRESET`, …). Never holds a header or a key.
 */
export function describeCause(cause: unknown, url?: string): string {
  const { code, detail } = causeDetail(cause);
  let where = '';
  try {
    if (url !== undefined) where = ` to ${new URL(url).host}`;
  } catch {
    // An unparsable URL names no host.
  }
  const coded =
    code !== undefined && !detail.includes(code) ? `${detail.replace(/\.$/, '')} (${code})` : detail.replace(/\.$/, '');
  return `no answer${where}: ${coded}.`;
}

/** The message of an HTTP answer whose body did not say (or was not JSON). */
export function answerMessage(status: number | null, body: unknown): string {
  if (isRecord(body)) return `The error body has no message: ${cutText(JSON.stringify(body), 200)}.`;
  const text = typeof body === 'string' && body !== '' ? ` Its body: ${cutText(body, 200)}` : '';
  return `The response (status ${status ?? 'none'}) is not a JSON error body.${text}`;
}

/** Builds the {@link ResendError} for any failure: the one function every layer of the client uses. */
export function failure(source: FailureSource): ResendError {
  const { body, cause } = source;
  const record = isRecord(body) && !(body instanceof Error) ? body : undefined;
  const status = source.status ?? null;
  const name =
    source.name ??
    (typeof record?.name === 'string'
      ? record.name
      : cause !== undefined && body === undefined
        ? 'network_error'
        : 'invalid_response');
  const statusCode =
    typeof record?.statusCode === 'number' || record?.statusCode === null
      ? (record.statusCode as number | null)
      : status;
  let message = source.message ?? (typeof record?.message === 'string' ? record.message : undefined);
  const url = source.request && 'url' in source.request ? source.request.url : undefined;
  if (message === undefined)
    message =
      cause !== undefined && body === undefined
        ? `The request got ${describeCause(cause, url)}`
        : answerMessage(status, body);
  const { method, path } = requestOf(source.request);
  return new ResendError({
    name,
    statusCode,
    message,
    method,
    path,
    retryAfter: source.retryAfter ?? null,
    cause,
    maybeSent: source.maybeSent ?? false,
  });
}

/** Header marking a response this client made up instead of receiving it. */
export const SYNTHETIC_HEADER = 'x-resendkit-error';

/** The error behind each made-up response, so its `cause` reaches the call's result. */
const errorsOfResponses = new WeakMap<Response, ResendError>();

/**
 * A response standing for a failure that has no (usable) HTTP answer, so openapi-fetch resolves with
 * `{ error }` instead of throwing. Status 599 (outside the real range) unless given; 502 for a given
 * status that cannot carry a body (204, 205, 304) or is outside 200–599. Given a {@link ResendError},
 * its `cause` is put back on the call's `error` ({@link withCause}).
 */
export function syntheticErrorResponse(
  error: ClientErrorBody | ResendError,
  status = 599,
  headers?: HeadersInit,
): Response {
  const body: ClientErrorBody = {
    statusCode: error.statusCode,
    name: error.name as ClientErrorName,
    message: error.message,
  };
  const h = new Headers(headers);
  // A kept content-length would describe the old body (openapi-fetch skips parsing a "0" one).
  h.delete('content-length');
  h.set('content-type', 'application/json');
  h.set(SYNTHETIC_HEADER, body.name);
  const usable = status >= 200 && status <= 599 && status !== 204 && status !== 205 && status !== 304 ? status : 502;
  const response = new Response(JSON.stringify(body), { status: usable, headers: h });
  if (error instanceof ResendError) errorsOfResponses.set(response, error);
  return response;
}

/** Answers that failed after an earlier attempt of their call got none: it may have been carried out. */
const maybeSentAnswers = new WeakSet<Response>();

/**
 * Marks `response` (a failed answer) as the last of a call one of whose earlier attempts got no
 * answer, so its error says `maybeSent`: the answer is only the last attempt's.
 */
export function markMaybeSent(response: Response): Response {
  maybeSentAnswers.add(response);
  return response;
}

/** A refusal before sending: a made-up 400 response naming the problem (and its `cause`, when given). */
export function refusalResponse(name: ClientErrorName, message: string, cause?: unknown): Response {
  return syntheticErrorResponse(failure({ name, message, cause }), 400);
}

/**
 * A failed result's `error` body with the original error of a made-up response as its `cause`
 * (not enumerable: logs and `JSON.stringify` of the body stay as they were).
 */
export function withCause<E>(error: E, response: Response | undefined): E {
  const made = response && errorsOfResponses.get(response);
  if (!made || made.cause === undefined || !isRecord(error)) return error;
  return Object.defineProperty({ ...error }, 'cause', { value: made.cause, configurable: true, writable: true });
}

/**
 * Turns openapi-fetch's `{ error, response }` (or anything thrown by a call) into a
 * {@link ResendError}. `request` names the call: a `Request`, or the `request` field of a failed
 * result of this client (`toResendError(result.error, result.response, result.request)`). Without
 * it the error names the response URL's pathname and a `null` method. A network failure's original
 * error (ECONNREFUSED and the like) is the `cause`. A thrown resendkit error (a `ResendConfigError`
 * refusing an option) keeps its code; any other thrown error (an abort) is a `network_error` that
 * may have been sent (`maybeSent`) unless its code says it never left. Never throws: a `request`
 * that is no object, or a `response` without `headers.get`, is read as far as it goes.
 */
export function toResendError(
  error: unknown,
  response: Response | undefined,
  request?: Request | RequestInfo,
): ResendError {
  // Arguments of another kind (a string for `request`, a response-like object without `headers.get`)
  // are left out rather than thrown on: this converts without throwing, as its callers rely on.
  const given = isRecord(request) ? (request as Request | RequestInfo) : undefined;
  const info: RequestInfo = given
    ? 'url' in given
      ? { method: given.method, path: pathOf(given.url) }
      : given
    : { method: null, path: typeof response?.url === 'string' ? pathOf(response.url) : null };
  if (error instanceof ResendError) return withRequest(error, info);
  const status = response?.status ?? null;
  const made = response && errorsOfResponses.get(response);
  // The wait an answer asked for that the retries honour (429, 500/502/503/504): the error says what
  // they waited for. A response made for the client's own error (a 2xx it could not use) asked none.
  const retryAfter =
    typeof response?.headers?.get === 'function' && !made && (status === 429 || RETRYABLE_STATUSES.includes(status!))
      ? retryAfterSeconds(response.headers)
      : null;
  // A made-up response's error may say an earlier attempt reached the server; its plain body cannot.
  // A real answer says so by its status (a 500 after the work was done).
  const maybeSent =
    response !== undefined &&
    (made ? made.maybeSent : maybeSentAnswers.has(response) || answerMayHaveRun(status, info.method));
  // What a call throws: an Error, or without a response any other value (an abort's string reason).
  if (error instanceof Error || (response === undefined && error !== undefined && !isRecord(error))) {
    // Its refusal of an option (a `ResendConfigError`, nothing sent) keeps its code; anything else
    // (an abort, a middleware's throw) may have come after the request left.
    const refusal = isResendKitError(error);
    return failure({
      name: refusal ? error.code : 'network_error',
      status: null,
      message: error instanceof Error ? error.message : `The call was stopped: ${thrownText(error)}.`,
      cause: error,
      request: info,
      retryAfter,
      maybeSent: maybeSent || (!refusal && mayHaveBeenSent(error)),
    });
  }
  const cause = isRecord(error) ? (error as { cause?: unknown }).cause : undefined;
  return failure({
    body: isRecord(error) ? error : typeof error === 'string' ? error : undefined,
    status,
    cause,
    request: info,
    retryAfter,
    maybeSent,
  });
}

type Result<T> = { data?: T; error?: unknown; response: Response; request?: RequestInfo };

/**
 * The `data` of a result's success member: `Email` for `MethodResult<Email>`, without the `undefined`
 * of its failure member (which `exactOptionalPropertyTypes` would otherwise add).
 */
export type SuccessData<R> = R extends { data: infer D } ? D : never;

/**
 * Returns `result.data`, or throws a {@link ResendError} naming the call when it failed: for users
 * who prefer exceptions. Given the call's promise, returns a promise:
 * `const email = await unwrap(resend.emails.get(id))`; given a result, returns the data:
 * `unwrap(await resend.POST("/emails", { body }))`.
 */
export function unwrap<R extends Result<unknown>>(result: PromiseLike<R>): Promise<SuccessData<R>>;
export function unwrap<R extends Result<unknown>>(result: R): SuccessData<R>;
export function unwrap<T>(result: Result<T> | PromiseLike<Result<T>>): T | Promise<T> {
  if (typeof (result as PromiseLike<Result<T>> | null)?.then === 'function') {
    return Promise.resolve(result as PromiseLike<Result<T>>).then((settled) => unwrap(settled));
  }
  // Anything else than a call's result would fail below as "cannot read properties of …".
  if (typeof (result as Partial<Result<T>> | null)?.response?.ok !== 'boolean') {
    const got = kindOf(result);
    throw new ResendConfigError('invalid_option', `unwrap takes a call's result or its promise (got ${got}).`);
  }
  const { data, error, response, request } = result as Result<T>;
  if (error !== undefined || !response.ok) throw toResendError(error, response, request);
  return data as T;
}
