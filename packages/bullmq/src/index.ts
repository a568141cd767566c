/**
 * `@resendkit/bullmq`: Resend emails through a BullMQ queue, 100 per `POST /emails/batch`, exactly
 * once across crashed workers.
 * @module @resendkit/bullmq
 */
export {
  type AddOptions,
  DEFAULT_QUEUE_NAME,
  type EmailJobData,
  type EmailJobResult,
  type EmailQueue,
  type EmailQueueOptions,
  createEmailQueue,
} from './queue.js';
export { type EmailWorkerOptions, createEmailWorker } from './worker.js';
export { EmailQueueError, type EmailQueueErrorCode, isEmailQueueError } from './errors.js';
export { batchKeyOf, jobIdOf } from './keys.js';
export type { Outcome } from './outcome.js';
