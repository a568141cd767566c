/**
 * @resendkit/mock: a stateful, spec-driven fake of the Resend API, usable in-process (fetch
 * handler, msw handlers) and as a local HTTP server.
 */
export { createFakeResend, resendTimestamp } from './fake.js';
export type { FakeResend, FakeResendOptions, FakeOutcome, ListenOptions } from './fake.js';
export type { FaultOptions } from './faults.js';
export type { ApiKeyOption, Permission } from './auth.js';
export type { FakeState, FakeCounters, StoredEmail, StoredRecord } from './state.js';
export type { ReadonlyCollection } from './store.js';
export type { RequestLogEntry, ReadonlyRequestLog } from './inbox/request-log.js';
export { FakeOptionsError } from './options-error.js';
export { IDEMPOTENCY_TTL_MS } from './idempotency.js';
