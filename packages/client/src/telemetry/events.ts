/**
 * What the client tells observers, as plain data: the events `on(…)` listeners get, the lines the
 * logger writes and the spans and metrics OpenTelemetry records are all made from these. None holds
 * an address, a subject, a body, a key or an email's id: requests are named by their route template
 * (`GET /emails/{email_id}`), never their URL.
 */

/** Names a call without personal data: method, route template and the SDK-style operation name. */
export interface CallFacts {
  /** The HTTP method, e.g. `POST`. */
  method: string;
  /** The route template, e.g. `/emails/{email_id}` (never the URL with its ids). */
  route: string;
  /** The endpoint method's name, e.g. `emails.send`; `undefined` for a path not in the spec. */
  operation: string | undefined;
}

/** An attempt was handed to the network (after any wait for a rate-limit slot). */
export interface RequestEvent extends CallFacts {
  /** 1 for the first attempt, 2 for the first retry… */
  attempt: number;
}

/** An attempt got an HTTP answer. */
export interface ResponseEvent extends RequestEvent {
  /** The HTTP status. */
  status: number;
  /** How long the attempt took, headers and whole body, in ms. */
  durationMs: number;
}

/** Why an attempt is repeated (the same reasons as the retry layer's `onRetry`). */
export type RetryEventReason = 'rate_limited' | 'server_error' | 'network_error' | 'timeout' | 'idempotency_conflict';

/** An attempt is about to be repeated. */
export interface RetryEvent extends CallFacts {
  /** The attempt that will be made: 2 for the first retry. */
  attempt: number;
  /** Why. */
  reason: RetryEventReason;
  /** The last attempt's status, or `null` when it got no answer. */
  status: number | null;
  /** The wait before it, in ms. */
  delayMs: number;
}

/** A call waited for a rate-limit slot. */
export interface RateLimitWaitEvent extends CallFacts {
  /** How long, in ms. */
  waitMs: number;
  /** The limiter lane it waited in. */
  lane: string;
}

/** A call ended in an error (the API's, or the client's own: a refusal, a network error…). */
export interface ErrorEvent extends CallFacts {
  /** The error model's name, e.g. `validation_error`, `network_error`, `invalid_path_parameter`. */
  name: string;
  /** The HTTP status, or `null`. */
  statusCode: number | null;
  /** Attempts made; 0 when the call was refused before sending. */
  attempts: number;
  /** How long the call took, in ms. */
  durationMs: number;
}

/** The events a client tells its listeners, by name. */
export interface ClientEventMap {
  request: RequestEvent;
  response: ResponseEvent;
  retry: RetryEvent;
  rate_limit_wait: RateLimitWaitEvent;
  error: ErrorEvent;
}

/** A listener of one event. A throwing listener is ignored (it cannot fail a call). */
export type ClientEventListener<E extends keyof ClientEventMap> = (event: ClientEventMap[E]) => void;

/** Listeners given at construction: `createResendClient({ hooks: { retry: (e) => … } })`. */
export type ClientHooks = { [E in keyof ClientEventMap]?: ClientEventListener<E> };
