/**
 * The per-call options every endpoint method takes last, and the result every method resolves with.
 */
import type { HeadersOptions } from 'openapi-fetch';
import type { RequestInfo, ResendErrorBody } from './errors.js';
import type { RateLimitLane } from './rate-limit.js';
import type { RetryOptions } from './retry.js';

/** Options of one endpoint-method call; each overrides the client's setting for this call only. */
export interface CallOptions {
  /**
   * Aborts the call (queued, waiting between retries, or in flight); the call rejects with its reason.
   * `null` is none; any other value that is no AbortSignal resolves as `invalid_option`, nothing sent.
   */
  signal?: AbortSignal;
  /**
   * Extra headers for this call: a record, a `Headers` or `[name, value]` pairs (a name given twice
   * sends its values joined with ", "). An `Idempotency-Key` among them, in any case, is the call's key
   * unless `idempotencyKey` is given too. Any other kind (a `Map`, a number) rejects the call with
   * `ResendConfigError` (`invalid_option`), nothing sent.
   */
  headers?: HeadersOptions;
  /** The `Idempotency-Key` to send (1–256 characters); the `x-idempotent` routes get a random one otherwise. */
  idempotencyKey?: string;
  /** Time limit of each attempt in ms (`0` for none), instead of the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retry settings for this call, or `false` for none, instead of the client's `retry`. */
  retry?: RetryOptions | false;
  /**
   * The rate limiter's lane: `interactive` calls are granted before waiting `bulk` ones, and bulk
   * calls never take the slots kept for interactive ones (`rateLimit.interactiveReserve`).
   * @defaultValue 'interactive'
   */
  priority?: RateLimitLane;
}

/**
 * What an endpoint method resolves with: `data` on success, else `error` and the `request` it names
 * (method and path, for `unwrap` and `toResendError`); `response` always.
 */
export type MethodResult<T> =
  | { data: T; error?: undefined; response: Response }
  | { data?: undefined; error: ResendErrorBody; response: Response; request: RequestInfo };
