/**
 * The request pipeline's shared vocabulary: one {@link Exchange} per request, passed through a list
 * of {@link Stage}s (each may answer, or hand on to the next), and the small response builders they
 * share. Composed in `fake.ts` like the client composes its layers.
 */
import { ApiError } from '../api-error.js';
import type { StoredResponse } from '../idempotency.js';
import type { HandlerContext, HandlerResult } from '../resources/context.js';
import type { RouteMatch } from '../router.js';
import type { Operation } from '../spec.js';

/** What the core produced for one request: a response, or a connection to cut. */
export type FakeOutcome = { kind: 'response'; response: Response } | { kind: 'cut' };

/** Set by the pipeline while it answers, for facts only it knows. */
export interface RequestNote {
  /** True when the answer was a replayed idempotent response. */
  replayed?: boolean;
  /** The body text as the pipeline read it (within its size cap); absent when it was never read. */
  requestBody?: string;
}

/** One request on its way through the stages; each stage fills in what it learned. */
export interface Exchange {
  readonly request: Request;
  readonly url: URL;
  /** The path without the `baseUrl` prefix. */
  readonly pathname: string;
  /** Upper case. */
  readonly method: string;
  /** Facts for the request log. */
  readonly note: RequestNote;
  /** The rate-limit headers every answer carries once the limiter has decided (else a peek). */
  headers?: Record<string, string>;
  /** The domain ID the request's API key may only send from (a `sending_access` key's `domain_id`). */
  keyDomainId?: string;
  match?: RouteMatch;
  operation?: Operation;
  params?: string[];
  query?: Record<string, unknown>;
  body?: unknown;
  /** A permissive batch's items the validator refused, by index (see `validateRequest`'s `eachItem`). */
  itemErrors?: ReadonlyMap<number, ApiError>;
  /** Counts an inbox reply's or forward's emails once its handler knows them (set by the quota stage). */
  countSend?: (emails: number) => void;
  /** The handler's context and answer, set by the operate stage. */
  context?: HandlerContext;
  result?: HandlerResult & { handled: boolean };
  /** The answer as stored for idempotent replays, once the operation completed. */
  stored?: StoredResponse;
}

/** One step: answers, or calls `next` and may change what comes back. */
export type Stage = (exchange: Exchange, next: () => Promise<FakeOutcome>) => Promise<FakeOutcome>;

/** Runs `stages` in order; the last one must answer without calling `next`. */
export function compose(stages: readonly Stage[]): (exchange: Exchange) => Promise<FakeOutcome> {
  const run = (index: number, exchange: Exchange): Promise<FakeOutcome> => {
    const stage = stages[index];
    if (!stage) return Promise.reject(new Error('The pipeline ended without an answer.'));
    return stage(exchange, () => run(index + 1, exchange));
  };
  return (exchange) => run(0, exchange);
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': JSON_TYPE, ...headers } });
}

/** Wraps a response as an outcome. */
export function answer(response: Response): FakeOutcome {
  return { kind: 'response', response };
}

// The OAuth flow endpoints answer 400, 401 and 429 in RFC 6749's shape, not Resend's.
const OAUTH_FLOW = /^\/oauth\/(?:authorize|register|token|revoke)\/?$/;
const OAUTH_CODES: Record<number, string> = { 400: 'invalid_request', 401: 'invalid_client', 429: 'too_many_requests' };
const OAUTH_NAMES = new Set([
  'invalid_request',
  'invalid_scope',
  'invalid_grant',
  'unauthorized_client',
  'invalid_client',
  'server_error',
  'too_many_requests',
]);

/** Resend's error body (or OAuth's on the OAuth flow endpoints). */
export function errorResponse(error: ApiError, headers: Record<string, string>, pathname = ''): Response {
  // A request the validator refused is `invalid_request` (400) on these endpoints.
  const status = OAUTH_FLOW.test(pathname) && error.statusCode === 422 ? 400 : error.statusCode;
  const code = OAUTH_FLOW.test(pathname)
    ? OAUTH_NAMES.has(error.errorName)
      ? error.errorName
      : OAUTH_CODES[status]
    : undefined;
  if (code) return json(status, { error: code, error_description: error.message }, headers);
  return json(error.statusCode, error.toBody(), headers);
}

/** The outcome for an error thrown by any stage. */
export function errorOutcome(error: ApiError, exchange: Exchange, headers: Record<string, string>): FakeOutcome {
  return answer(errorResponse(error, headers, exchange.pathname));
}
