/**
 * @resendkit/webhooks: verify and handle Resend's signed webhooks with Web Crypto, and sign test
 * deliveries. Its one dependency is the error base of `@resendkit/client`; runs on Node 20+, Bun,
 * Deno and edge workers.
 * @module @resendkit/webhooks
 */
export { verifyWebhook, type VerifyWebhookInput } from './verify.js';
export { DEFAULT_VERIFY_OPTIONS, type VerifyOptions } from './options.js';
export { signWebhook, type SignWebhookInput } from './sign.js';
export {
  webhookHandler,
  type WebhookContext,
  type WebhookEventOf,
  type WebhookEventType,
  type WebhookHandlerOptions,
  type WebhookHandlers,
} from './handler.js';
export { DEFAULT_CLAIMS, type WebhookClaimStore, type WebhookDedupe } from './claims.js';
export { readWebhookHeaders, type HeaderInput, type WebhookHeaders } from './headers.js';
export {
  isWebhookOptionError,
  isWebhookVerificationError,
  WebhookOptionError,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from './errors.js';
export * from './generated/events.js';
