/**
 * `@resendkit/client/compose`: the building blocks `createResendClient` is made of, to compose onto
 * any openapi-fetch client — the `Send` wrappers (`withRetry`, `withRateLimit`, `withTimeout`,
 * `withAuth`, `withRedirects`) between `fetchSend` and `toFetch`, the middleware, and the rate
 * limiter with the types a custom `RateLimitStore` needs.
 * @module @resendkit/client/compose
 */
export { type Attempt, type FetchLike, type Send, changeAttempt, fetchSend, toFetch } from './attempt.js';
export { withAuth } from './auth.js';
export { errorMiddleware } from './error-middleware.js';
export { type IdempotencyOptions, idempotencyMiddleware } from './idempotency.js';
export {
  type AcquireResult,
  MemoryRateLimitStore,
  type RateLimitStore,
  RateLimiter,
  type RateLimiterOptions,
  type ReleaseSlot,
  resetSharedRateLimiters,
  sharedRateLimiter,
  withRateLimit,
} from './rate-limit.js';
export { type RetryEvent, type RetryOptions, withRetry } from './retry.js';
export { withTimeout } from './timeout.js';
export { type RedirectOptions, pathParamsMiddleware, withRedirects } from './transport.js';
export { userAgentMiddleware } from './user-agent.js';
