/**
 * `@resendkit/client`: a typed Resend API client with endpoint methods (`resend.emails.send(…)`),
 * auth, User-Agent, rate limiting, retries, idempotency keys and typed errors. The building blocks
 * (send wrappers, middleware, the limiter and its store) are at `@resendkit/client/compose`.
 * @module @resendkit/client
 */
export {
  createResendClient,
  type RateLimitOptions,
  type ResendClient,
  type ResendClientOptions,
  type ResendPaths,
} from './client.js';
export type { CallOptions, MethodResult } from './call-options.js';
export type * from './generated/methods.js';
export { type ResendKitErrorJSON, ResendKitError, isResendKitError } from './error-base.js';
export { type ConfigErrorCode, ResendConfigError, isResendConfigError } from './config-error.js';
export {
  type ClientError,
  type ClientErrorName,
  type RequestInfo,
  type ResendErrorBody,
  type ResendErrorJSON,
  ResendError,
  isResendError,
  toResendError,
  unwrap,
} from './errors.js';
export type { IdempotencyOptions } from './idempotency.js';
export type { RateLimiterOptions } from './rate-limit.js';
export type { RetryEvent, RetryOptions, RetryReason } from './retry.js';
export { isTimeoutError } from './timeout.js';
export { VERSION } from './version.js';
export {
  type NotSentError,
  type SendAllError,
  type SendAllErrorName,
  SendAllInputError,
  isSendAllInputError,
  type SendAllInputProblem,
  type SendAllOptions,
  type SendAllProgress,
  type SendAllReport,
  type SendAllResult,
  sendAll,
} from './send-all.js';
