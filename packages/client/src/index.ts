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
export type { BatchInput, EmailContent, EmailInput } from './email-input.js';
export type { Bytes, WithBytes } from './bytes.js';
export { type SendEmailInput, type ToApiEmailOptions, toApiEmail } from './api-email.js';
export type { ReactEmailElement, ReactOption, WithReact } from './react-body.js';
export type { WithIds } from './sdk-ids.js';
export type { SdkSpelling } from './sdk-options.js';
export type { ForwardOptions, ReceivingHelpers } from './receiving.js';
export { type ReceivedForReply, type ReplyBody, type ReplyOptions, replySubject, replyTo } from './reply.js';
export { type ResendKitErrorJSON, ResendKitError, isResendKitError } from './error-base.js';
export { type ConfigErrorCode, ResendConfigError, isResendConfigError } from './config-error.js';
export {
  type ClientError,
  type ClientErrorBody,
  type AnsweredClientErrorName,
  type ClientErrorName,
  type RequestInfo,
  type ResendErrorBody,
  type ResendErrorJSON,
  ResendError,
  isResendError,
} from './errors.js';
export { toResendError, unwrap } from './failure.js';
export { clientDefaults } from './defaults.js';
export type { IdempotencyOptions } from './idempotency.js';
export { type QuotaUsage, type RateLimitLane, type RateLimiterOptions, quotaOf } from './rate-limit.js';
export type { RetryEvent, RetryOptions, RetryReason } from './retry.js';
export { isTimeoutError } from './timeout.js';
export type {
  CallFacts,
  ClientEventListener,
  ClientEventMap,
  ClientHooks,
  ErrorEvent,
  RateLimitWaitEvent,
  RequestEvent,
  ResponseEvent,
  RetryEvent as ClientRetryEvent,
  RetryEventReason,
} from './telemetry/events.js';
export type { LogLevel, Logger } from './telemetry/sinks.js';
export type {
  InstrumentLike,
  MeterProviderLike,
  OtelApi,
  SpanLike,
  TelemetryOptions,
  TracerProviderLike,
} from './telemetry/otel.js';
export type { ObservabilityOptions } from './telemetry/setup.js';
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
  SendAllProgressError,
  isSendAllProgressError,
  type SendAllReceipt,
  type SendAllReport,
  type SendAllResult,
  sendAll,
} from './send-all.js';
