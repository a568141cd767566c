/**
 * @resendkit/webhooks: verify and handle Resend's signed webhooks with Web Crypto, and sign test
 * deliveries. No runtime dependencies; runs on Node 20+, Bun, Deno and edge workers.
 * @module @resendkit/webhooks
 */
export { verifyWebhook, DEFAULT_VERIFY_OPTIONS, type VerifyOptions, type VerifyWebhookInput } from './verify.js';
export { signWebhook, type SignWebhookInput } from './sign.js';
export {
  webhookHandler,
  type WebhookContext,
  type WebhookDedupe,
  type WebhookEventOf,
  type WebhookEventType,
  type WebhookHandlerOptions,
  type WebhookHandlers,
} from './handler.js';
export { readWebhookHeaders, type HeaderInput, type WebhookHeaders } from './headers.js';
export { isWebhookVerificationError, WebhookVerificationError, type WebhookVerificationErrorCode } from './errors.js';
export * from './generated/events.js';
