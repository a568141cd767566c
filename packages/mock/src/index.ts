/**
 * @resendkit/mock: a stateful, spec-driven fake of the Resend API. This core entry is a
 * fetch-standard handler with no msw and no Node built-in; msw handlers live in
 * `@resendkit/mock/msw` and the local HTTP server in `@resendkit/mock/server`.
 * @module @resendkit/mock
 */
export { createFakeResend, resendTimestamp } from './fake.js';
export type { FakeResend, FakeResendOptions, FakeOutcome } from './fake.js';
export type { FaultOptions } from './faults.js';
export type { SimulatedEmailEventType } from './simulate-email-event.js';
export type { ApiKeyOption, Permission } from './auth.js';
export type { FakeState, FakeCounters, StoredEmail, StoredRecord } from './state.js';
export type { ReadonlyCollection } from './store.js';
export type { RequestLogEntry, ReadonlyRequestLog, StoredAttachment, InboxChange } from './inbox/request-log.js';
export type { InboxSource, EmailSummary, EmailQuery, Page } from './inbox/source.js';
export type { StoredWebhookDelivery, WebhookAttemptRecord, WebhookDeliveryOptions } from './webhook-delivery.js';
export { RESEND_RETRY_DELAYS_MS } from './webhook-delivery.js';
export { FakeOptionsError, isFakeOptionsError } from './options-error.js';
export { IDEMPOTENCY_TTL_MS } from './idempotency.js';
export type { QuotaOptions, QuotaUsage } from './quota.js';
export type { FakeTestApi, WaitForEmailOptions } from './test-api/fake-methods.js';
export type { TestEmail, EmailFilter } from './test-api/emails.js';
export type { FakeSettings, FakeSettingsUpdate } from './test-api/settings.js';
export { EmailWaitTimeoutError, isEmailWaitTimeoutError } from './test-api/wait-error.js';
export { findCodes, findLinks } from './test-api/extract.js';
export type { StoredEmailAttachment } from './state.js';
export type { ReceiveEmailInput, InboundAttachment, StoredReceivedEmail } from './inbound.js';
export type { SendingRulesMode } from './sending-rules.js';
