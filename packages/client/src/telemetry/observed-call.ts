/**
 * A call as the observer sees it: started with its route template, its trace id handed down in the
 * client's own header (taken off before sending), ended with its outcome.
 */
import { responseHeader } from '../internal/index.js';
import { CALL_HEADER, type Observer, RUN_HEADER } from './observer.js';
import type { CallOutcome, CallTrace } from './trace.js';

interface TracedInit {
  headers?: unknown;
  body?: unknown;
  params?: { header?: Record<string, unknown> } & Record<string, unknown>;
}

/** The value of `name` in a call's headers given as a record (how `sendAll` names its run). */
function headerValue(headers: unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== 'object' || headers instanceof Headers || Array.isArray(headers))
    return undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Emails a call sends: one for `POST /emails`, the batch's length for `POST /emails/batch`, none otherwise. */
function emailsOf(method: string, route: string, body: unknown): number {
  if (method !== 'POST') return 0;
  if (route === '/emails') return 1;
  return route === '/emails/batch' && Array.isArray(body) ? body.length : 0;
}

/** What a settled call's result says: its status, its error, a replay, the sent email's id. */
function outcomeOf(result: unknown): CallOutcome {
  const { data, error, response } = (result ?? {}) as {
    data?: { id?: unknown; errors?: unknown };
    error?: { name?: unknown; statusCode?: unknown };
    response?: Response;
  };
  const outcome: CallOutcome = { status: response?.status ?? null };
  if (error !== undefined) {
    const statusCode = typeof error.statusCode === 'number' ? error.statusCode : null;
    outcome.error = { name: typeof error.name === 'string' ? error.name : 'invalid_response', statusCode };
  }
  // Through the door: the wire's copy of the headers, not a `Headers` look-up (~0.3 µs a call).
  if (response && responseHeader(response, 'idempotent-replayed') === 'true') outcome.replayed = true;
  if (typeof data?.id === 'string') outcome.emailId = data.id;
  // A permissive batch is answered 200 with the emails it refused in `errors` (a failed call has no data).
  if (Array.isArray(data?.errors)) outcome.rejected = data.errors.length;
  return outcome;
}

/**
 * A call's options with its trace id in {@link CALL_HEADER}: how the trace reaches the send layers of a
 * call that goes through openapi-fetch (a direct call hands its attempt over instead, see `adopt`).
 */
export function withTraceHeader<I extends TracedInit | undefined>(init: I, trace: CallTrace): I {
  const params = init?.params ?? {};
  return { ...init, params: { ...params, header: { ...params.header, [CALL_HEADER]: String(trace.id) } } } as I;
}

/** Runs a call under a trace: `run` gets the call's trace, and hands it down (see {@link withTraceHeader}). */
export async function observeCall(
  observer: Observer,
  method: string,
  route: string,
  init: TracedInit | undefined,
  run: (trace: CallTrace) => Promise<unknown>,
): Promise<unknown> {
  if (observer.pending) await observer.pending;
  const trace = observer.begin(
    method,
    route,
    emailsOf(method, route, init?.body),
    headerValue(init?.headers, RUN_HEADER),
  );
  try {
    const result = await run(trace);
    observer.end(trace, outcomeOf(result));
    return result;
  } catch (error) {
    // The caller's own abort, or a bug below: the span still ends, named by what was thrown.
    const name = (error as { name?: unknown } | null)?.name;
    observer.end(trace, { status: null, error: { name: typeof name === 'string' ? name : 'error', statusCode: null } });
    throw error;
  }
}
