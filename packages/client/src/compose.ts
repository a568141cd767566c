/**
 * `@resendkit/client/compose`: the building blocks `createResendClient` is made of, to compose onto
 * any openapi-fetch client — the `Send` wrappers (`withRetry`, `withRateLimit`, `withTimeout`,
 * `withAuth`, `withRedirects`) between `fetchSend` and `toFetch`, the middleware, and the rate
 * limiter with the types a custom `RateLimitStore` needs.
 * @module @resendkit/client/compose
 */
export { type Attempt, type FetchLike, type Send, type WirePath, changeAttempt, toFetch } from './internal/index.js';
export { type FetchSendOptions, fetchSend } from './fetch-send.js';
export { withAuth } from './auth.js';
export { errorMiddleware } from './error-middleware.js';
export { type IdempotencyOptions, idempotencyMiddleware } from './idempotency.js';
export {
  type AcquireResult,
  MAX_ADOPTED_LIMIT,
  MemoryRateLimitStore,
  type QuotaUsage,
  type RateLimitLane,
  type RateLimitStore,
  RateLimiter,
  type RateLimiterOptions,
  type ReleaseSlot,
  resetSharedRateLimiters,
  sharedRateLimiter,
  bulkLimit,
  quotaOf,
  withRateLimit,
} from './rate-limit.js';
export { type RetryEvent, type RetryOptions, withRetry } from './retry.js';
export { withTimeout } from './timeout.js';
export { type RedirectOptions, pathParamsMiddleware, withRedirects } from './transport.js';
export { userAgentMiddleware } from './user-agent.js';
