/**
 * `@resendkit/client`: a typed Resend API client on openapi-fetch, with auth, User-Agent, rate
 * limiting, retries, idempotency keys and typed errors — each piece also exported on its own so it
 * can be composed onto any openapi-fetch client.
 * @packageDocumentation
 */
export {
  createResendClient,
  type JsonMediaType,
  type RateLimitOptions,
  type ResendClient,
  type ResendClientOptions,
  type ResendPaths,
  type WithClientErrors,
} from './client.js';
export { redact, validateApiKey, withAuth } from './auth.js';
export { type ConfigErrorCode, ResendConfigError } from './config-error.js';
export { errorMiddleware } from './error-middleware.js';
export {
  type ClientError,
  type ClientErrorName,
  type ResendErrorBody,
  ResendError,
  type ResendErrorInit,
  retryAfterSeconds,
  toResendError,
  unwrap,
} from './errors.js';
export { type Attempt, type FetchLike, type Send, fetchSend, headerOf, toFetch } from './attempt.js';
export {
  IDEMPOTENT_SEND_PATHS,
  type IdempotencyOptions,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  idempotencyMiddleware,
} from './idempotency.js';
export {
  type AcquireResult,
  MemoryRateLimitStore,
  type RateLimitStore,
  RateLimiter,
  type RateLimiterOptions,
  resetSharedRateLimiters,
  sharedRateLimiter,
  withRateLimit,
} from './rate-limit.js';
export {
  RETRYABLE_STATUSES,
  type RetryEvent,
  type RetryOptions,
  type RetryReason,
  SAFE_METHODS,
  abortableSleep,
  isSafeToRepeat,
  withRetry,
} from './retry.js';
export { isTimeoutError, withTimeout } from './timeout.js';
export {
  DEFAULT_BASE_URL,
  type RedirectOptions,
  isLoopbackHost,
  isSafeUrl,
  pathParamsMiddleware,
  validateBaseUrl,
  withRedirects,
} from './transport.js';
export { buildUserAgent, runtimeToken, userAgentMiddleware } from './user-agent.js';
export { VERSION } from './version.js';
export {
  MAX_BATCH_SIZE,
  MAX_IDEMPOTENCY_PREFIX_LENGTH,
  MAX_RECIPIENTS,
  type NotSentError,
  type SendAllError,
  type SendAllErrorName,
  SendAllInputError,
  type SendAllInputProblem,
  type SendAllOptions,
  type SendAllProgress,
  type SendAllReport,
  type SendAllResult,
  sendAll,
} from './send-all.js';
