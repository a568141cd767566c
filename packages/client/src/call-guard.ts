/**
 * The one place every call of a client passes through, both ways. On the way in, per-call option
 * checks run before openapi-fetch builds its `Request`: a per-call `baseUrl` other than the client's,
 * or a malformed or `Authorization` header, resolves as a typed `{ error }` with nothing sent,
 * instead of sending the key elsewhere or throwing a platform `TypeError`. On the way out, a failed
 * result gets `request: { method, path }`, so `unwrap` names the call whatever failed beneath.
 */
import { type Client, createFinalURL, defaultPathSerializer } from 'openapi-fetch';
import type { DirectCall } from './direct-call.js';
import { type ClientError, type RequestInfo, nameResult, pathOf } from './errors.js';
import { syntheticErrorResponse, withCause } from './failure.js';
import { headerProblem, headerRecord, needsRecord } from './headers.js';
import { unsendableResult } from './json-body.js';
import { isAbortSignal } from './signal-like.js';
import { ownSignal } from './shared/follow-signal.js';
import type { Attempt } from './internal/index.js';
import type { Observer } from './telemetry/observer.js';
import { observeCall, withTraceHeader } from './telemetry/observed-call.js';
import type { CallTrace } from './telemetry/trace.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * Where a refusal an endpoint method made itself rides in the call's options (see {@link withRefusal}).
 * A symbol key: no caller's option can set it, and the direct call's check of known keys never sees it.
 */
const OWN_REFUSAL: unique symbol = Symbol('resendkit.refusal');

/** A refusal an endpoint method made itself: its error, and the request it names (the method's own path). */
interface OwnRefusal {
  error: ClientError;
  request: RequestInfo;
}

interface CallInit {
  [OWN_REFUSAL]?: OwnRefusal;
  signal?: unknown;
  baseUrl?: unknown;
  headers?: unknown;
  params?: { header?: unknown; path?: Record<string, unknown> };
}

/** Method and pathname of the request a call makes (as openapi-fetch builds its URL), without the query. */
function requestInfo(method: string, path: string, init: CallInit | undefined, baseUrl: string): RequestInfo {
  let url = `${baseUrl}${String(path)}`;
  try {
    const params = { path: init?.params?.path ?? {} };
    url = createFinalURL(String(path), {
      baseUrl,
      params,
      querySerializer: () => '',
      pathSerializer: defaultPathSerializer,
    });
  } catch {
    // Parameters openapi-fetch cannot serialise were refused or failed already; name the template.
  }
  return { method: String(method).toUpperCase(), path: pathOf(url) };
}

type Outcome = { error?: unknown; response?: Response };

/** The result itself when it succeeded; else a copy naming the request (computed only then). */
function named(outcome: unknown, method: string, path: string, init: CallInit | undefined, baseUrl: string): unknown {
  const { error, response } = outcome as Outcome;
  if (error === undefined && response?.ok !== false) return outcome;
  return nameResult(
    { ...(outcome as Outcome), error: withCause(error, response) },
    requestInfo(method, path, init, baseUrl),
  );
}

/**
 * `init` carrying `refusal`, for an endpoint method that refuses its call itself (a body that is not an
 * object, both spellings of an option, a `react` that fails to render…). Sent down as a call, it is
 * resolved here like the guard's own refusals, under the call's trace when telemetry is on: observed
 * once, by the one path every call takes, with nothing sent.
 */
export function withRefusal<I extends object>(init: I, refusal: OwnRefusal): I {
  return { ...init, [OWN_REFUSAL]: refusal };
}

function refusal(init: CallInit | undefined, baseUrl: string): ClientError | undefined {
  if (init == null || typeof init !== 'object') return undefined;
  if (init.baseUrl !== undefined && init.baseUrl !== baseUrl && String(init.baseUrl).replace(/\/+$/, '') !== baseUrl) {
    return {
      statusCode: null,
      name: 'invalid_url',
      message:
        "A per-call baseUrl other than the client's is refused, so nothing was sent; set baseUrl on createResendClient() instead.",
    };
  }
  if (init.signal != null && !isAbortSignal(init.signal)) {
    return {
      statusCode: null,
      name: 'invalid_option',
      message: `signal must be an AbortSignal (got ${typeof init.signal}), so nothing was sent.`,
    };
  }
  const problem =
    headerProblem(init.headers, ['authorization']) ?? headerProblem(init.params?.header, ['authorization']);
  if (problem === undefined) return undefined;
  return {
    statusCode: null,
    name: 'invalid_header',
    message: `A per-call header was refused (${problem}), so nothing was sent.`,
  };
}

/**
 * `init` with header pairs or a `Headers` in `headers` or `params.header` made records, after the
 * checks passed them: openapi-fetch's merge reads pairs as a record (a header named `0`, the caller's
 * Idempotency-Key lost to a random one), and the direct call takes records. `init` itself, not a copy,
 * for records or no headers: nearly every call, which pays two property reads and tests.
 */
function withHeaderRecords(init: CallInit | undefined): CallInit | undefined {
  if (init == null || typeof init !== 'object') return init;
  const { headers, params } = init;
  const header = params?.header;
  if (!needsRecord(headers) && !needsRecord(header)) return init;
  const records: CallInit = { ...init, headers: headerRecord(headers) };
  if (params) records.params = { ...params, header: headerRecord(header) };
  return records;
}

/**
 * The call's options with `method` already in them. openapi-fetch copies them as `{ ...init, method }`
 * and then destructures the copy; on Node 20's V8 that costs ~3.5 µs a call when `method` is a new
 * key (a spread followed by an added key makes a slow object), and ~0.1 µs when it only overwrites one.
 */
function withMethod(init: CallInit | undefined, method: string): CallInit | undefined {
  return init == null || typeof init === 'object' ? ({ method, ...init } as CallInit) : init;
}

/**
 * Wraps the method calls of `client` (in place) with the checks above, and returns it. A refused call
 * resolves with `{ error, response, request }` (status 400) like any other failure. A call `direct`
 * takes skips openapi-fetch (see direct-call.ts); the others go through it. `normalise` makes each
 * unrefused call's options what the spec takes (`withCommaQueries`) before it leaves either way. The
 * client hands it in rather than this file importing it: imported here, the generated tables it reads
 * moved ahead in the bundle, which cost createResendClient ~90 B min+gzip instead of ~40.
 */
export function guardCalls<C extends Pick<Client<never>, (typeof METHODS)[number] | 'request'>>(
  client: C,
  baseUrl: string,
  normalise: <I>(init: I, method: string, path: string) => I,
  observer?: Observer,
  direct?: DirectCall,
): C {
  type Call = (path: string, init?: CallInit) => Promise<unknown>;
  const calls = client as unknown as Record<string, Call> & {
    request: (method: string, path: string, init?: CallInit) => Promise<unknown>;
  };
  const refused = (method: string, path: string, init: CallInit | undefined) => {
    // One property read for a call that is not refused: a method's own refusal is met before the checks.
    const own = init?.[OWN_REFUSAL];
    const error = own ? own.error : refusal(init, baseUrl);
    if (error === undefined) return undefined;
    const response = syntheticErrorResponse(error, 400);
    const request = own ? own.request : requestInfo(method, path, init, baseUrl);
    return Promise.resolve(nameResult({ error, response }, request));
  };
  const sent = (outcome: Promise<unknown>, method: string, path: string, init: CallInit | undefined) =>
    outcome.then((settled) => named(settled, method, path, init, baseUrl));
  // A traced call hands its trace to the direct call's attempt, or through openapi-fetch in a header.
  const viaOpenapiFetch = (call: Call, method: string, path: string, init: CallInit | undefined, trace?: CallTrace) => {
    // openapi-fetch hands the signal to the platform `Request` users' middleware gets, which listens
    // to it until collected: given the call's own, a signal shared by many calls keeps none per call.
    const signal = init?.signal;
    const own = isAbortSignal(signal) ? ownSignal(signal as AbortSignal) : undefined;
    const given = own ? { ...init, signal: own.signal } : init;
    const called = call(
      path,
      withMethod(
        trace && observer ? (withTraceHeader(given as never, observer.expose(trace)) as CallInit) : given,
        method,
      ),
    ).catch((thrown: unknown) => unsendableResult(thrown, init?.params));
    return own ? called.finally(own.stop) : called;
  };
  const adopter = (trace: CallTrace | undefined) =>
    trace && observer ? (attempt: Attempt) => observer.adopt(attempt, trace) : undefined;
  const sendable = (call: Call, method: string, path: string, init: CallInit | undefined, trace?: CallTrace) =>
    sent(
      direct?.(method, path, init, adopter(trace)) ?? viaOpenapiFetch(call, method, path, init, trace),
      method,
      path,
      init,
    );
  const guarded = (call: Call, method: string) => (path: string, init: CallInit | undefined, trace?: CallTrace) =>
    refused(method, path, init) ??
    sendable(call, method, path, normalise(withHeaderRecords(init), method, path), trace);
  // With telemetry on (a listener, a logger or OpenTelemetry), each call runs under its trace.
  const traced = (call: Call, method: string) => {
    const plain = guarded(call, method);
    return (path: string, init: CallInit | undefined) =>
      observer?.enabled
        ? (observeCall(observer, method, path, init as never, (trace) => plain(path, init, trace)) as Promise<unknown>)
        : plain(path, init);
  };
  for (const method of METHODS) calls[method] = traced(calls[method] as Call, method);
  const request = calls.request;
  calls.request = (method, path, init) => {
    const upper = String(method).toUpperCase();
    return traced((p, i) => request(method, p, i), upper)(path, init);
  };
  return client;
}
