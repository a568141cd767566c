/**
 * Error normalisation, as openapi-fetch middleware: every failure reaches the caller as `{ error }`
 * with a `name` (never a throw, never a string): non-JSON error bodies become `invalid_response`,
 * and network failures/timeouts that survived the retries become `network_error`/`timeout`.
 */
import type { Middleware } from 'openapi-fetch';
import { ResendError } from './errors.js';
import { SYNTHETIC_HEADER, answerMessage, failure, mayHaveBeenSent, syntheticErrorResponse } from './failure.js';
import { NO_JSON_ANSWER } from './generated/answers.js';
import { bodyText, discardBody, isHeld, peekJson, peekText, responseHeader } from './internal/index.js';
import { cutText } from './shared/cut-text.js';

/** Client error names thrown beneath openapi-fetch that reach the caller as they are. */
const PASSED_THROUGH: string[] = [
  'network_error',
  'timeout',
  'queue_full',
  'response_too_large',
  'rate_limit_store_unavailable',
];

const NOT_JSON = Symbol('not JSON');

/** The body as JSON (parsed once: the wire's response keeps it for the caller), or NOT_JSON. */
function parseJson(response: Response, text: string): unknown {
  try {
    return isHeld(response) ? peekJson(response) : JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/**
 * What a 2xx answer to a send must hold for the caller to know the email's id: `POST /emails` an
 * object with a non-empty string `id`, `POST /emails/batch` an object with a `data` array. What is
 * missing, or `undefined` for other routes, which are not checked.
 */
function sendAnswerProblem(method: string, schemaPath: string, body: unknown): string | undefined {
  if (method !== 'POST' || (schemaPath !== '/emails' && schemaPath !== '/emails/batch')) return undefined;
  // Read as a record whatever it is: a primitive, `null` or NOT_JSON has neither field.
  const record = body as Record<string, unknown> | null | undefined;
  // An empty id names no email: the caller could neither look it up nor tell it was sent.
  if (schemaPath === '/emails' ? typeof record?.id === 'string' && record.id : Array.isArray(record?.data))
    return undefined;
  return `no ${schemaPath === '/emails' ? '"id"' : '"data" array'}`;
}

function describe(status: number, contentType: string | null, text: string): string {
  if (status === 403 && /error code:?\s*1010/i.test(text)) {
    return 'HTTP 403, error code 1010: blocked before the API for want of an acceptable User-Agent.';
  }
  const snippet = cutText(text.replace(/\s+/g, ' ').trim(), 120);
  return `HTTP ${status}: expected JSON, got ${snippet ? `${contentType ?? 'no content type'}: ${snippet}` : 'an empty body'}.`;
}

/** The response as the caller gets it, given its body's text: itself, or an `invalid_response` in its place. */
function checked(method: string, response: Response, schemaPath: string, send: boolean, text: string): Response {
  const { ok, status, headers } = response;
  const parsed = text === '' ? NOT_JSON : parseJson(response, text);
  const missing =
    ok && send && (parsed !== NOT_JSON || text === '') ? sendAnswerProblem(method, schemaPath, parsed) : undefined;
  // A 2xx without a body (or a JSON `null`) is no answer, `{ data: undefined }` read as a success
  // with nothing in it, unless the spec declares no JSON body for the route (generated/answers.ts).
  const empty = ok && (text === '' || parsed === null);
  // An error answer passes only as an error body (`{ name, message }`): `null`, `""` or `{ error }`
  // would reach the caller as a falsy or nameless `error`, read as a success or an unknown failure.
  const body = parsed as { name?: unknown; message?: unknown } | null;
  const usable = ok || (typeof body?.name === 'string' && typeof body.message === 'string');
  if (!missing && (empty ? NO_JSON_ANSWER.includes(`${method} ${schemaPath}`) : parsed !== NOT_JSON && usable))
    return response;
  discardBody(response);
  const message = missing
    ? `${method} ${schemaPath} answered ${status} with ${missing}; the email may have been sent.`
    : describe(status, headers.get('content-type'), text);
  // A 2xx the client cannot read (cut or garbled on the way, or empty, or a send's without its id)
  // was still carried out by the API: a call that changes something may have been (`maybeSent`), and
  // a caller must not take it for one that surely was not. A read changed nothing.
  const read = method === 'GET';
  const error = ok
    ? failure({
        name: 'invalid_response',
        status,
        message:
          read || missing ? message : `${message} The API accepted the request, so it may have been carried out.`,
        maybeSent: !read,
      })
    : // A plain body, not a ResendError: toResendError then reads the answer's retry-after and
      // whether its status says the call may have run, as for any error answer.
      {
        statusCode: status,
        name: 'invalid_response' as const,
        message: parsed === NOT_JSON ? message : answerMessage(status, parsed),
      };
  return syntheticErrorResponse(error, ok ? 502 : status, headers);
}

/**
 * The answer as the caller gets it (see {@link errorMiddleware}): itself, or an `invalid_response` in
 * its place. Settles at once for a response the wire made (every one beneath this client).
 */
export function checkedAnswer(
  method: string,
  schemaPath: string,
  response: Response,
  parseAs: string = 'json',
): Response | Promise<Response> {
  const { ok, status } = response;
  const json = parseAs === 'json';
  const send = json && sendAnswerProblem(method, schemaPath, {}) !== undefined;
  if (
    responseHeader(response, SYNTHETIC_HEADER) !== null ||
    (ok && !send && (!json || status === 204 || method === 'HEAD'))
  ) {
    return response;
  }
  // A 2xx body is checked even when labelled JSON: a truncated or garbled one would otherwise throw
  // from the call, and a caller could take an accepted email for a failed one and send it again.
  const text = peekText(response);
  if (text !== undefined) return checked(method, response, schemaPath, send, text);
  return bodyText(response).then((read) => checked(method, response, schemaPath, send, read));
}

/**
 * What a thrown failure becomes: a synthetic error response (`network_error` with its cause, or the
 * client's own error as it is), or `undefined` when the caller aborted (the call then rejects).
 */
export function failedAnswer(
  error: unknown,
  aborted: boolean,
  request: { method: string; url: string },
): Response | undefined {
  if (aborted) return undefined;
  // The retry layer's network_error and the failures above pass as they are; anything else thrown
  // (a custom stack without retries) is a network failure, described with its cause, which the
  // call's error keeps; one of the client's own others keeps its message and `maybeSent`.
  const own = error instanceof ResendError;
  if (own && PASSED_THROUGH.includes(error.name)) return syntheticErrorResponse(error);
  return syntheticErrorResponse(
    failure({
      name: 'network_error',
      status: null,
      message: own ? error.message : undefined,
      cause: own ? (error.cause ?? error) : error,
      request,
      maybeSent: mayHaveBeenSent(error),
    }),
  );
}

/**
 * Middleware turning every failure into a typed `error`:
 * - an error response whose body is empty or not JSON → `{ name: "invalid_response", statusCode: <status> }`
 *   (same status and headers);
 * - a 2xx response whose non-empty body is not JSON, or a 2xx answer to `POST /emails` (or
 *   `/emails/batch`) without an `id` (or `data` array) → `invalid_response` with status 502 and the
 *   real status as `statusCode` (the request may well have been carried out);
 * - a 2xx response with an empty body or a JSON `null` where the spec declares a JSON body → the same
 *   (`maybeSent` unless a GET);
 * - a thrown network error or timeout → `{ name: "network_error" | "timeout", statusCode: null }` with
 *   status 599, so the call resolves instead of throwing. The caller's own abort still rejects.
 *
 * The request's method and path are put on the call's result by the client (`call-guard.ts`), not here.
 * Register it first so it runs last on the way back.
 */
export function errorMiddleware(): Middleware {
  return {
    onResponse: ({ request, response, options, schemaPath }) =>
      checkedAnswer(request.method, schemaPath, response, options.parseAs),
    onError: ({ request, error }) => failedAnswer(error, request.signal.aborted, request),
  };
}
