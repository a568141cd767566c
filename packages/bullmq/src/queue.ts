/** `createEmailQueue`: enqueue Resend emails as BullMQ jobs, one job per idempotency key. */
import { type ConnectionOptions, type JobsOptions, Queue } from 'bullmq';
import type { SendEmailRequest } from '@resendkit/client';
import { EmailQueueError } from './errors.js';
import { jobIdOf } from './keys.js';

/** The default queue name. */
export const DEFAULT_QUEUE_NAME = 'resend-emails';

/** What a job holds. */
export interface EmailJobData {
  email: SendEmailRequest;
  /** The caller's idempotency key, when given (used as is for an email sent on its own). */
  key?: string;
}

/** What a completed job returns: the id Resend gave the email. */
export interface EmailJobResult {
  id: string;
}

/** Per-email options of {@link EmailQueue.add}. */
export interface AddOptions {
  /** Idempotency key: enqueuing the same key twice stores one job. @defaultValue a fingerprint of the email */
  key?: string;
  /** Ms to wait before the job may be sent. */
  delay?: number;
  /** BullMQ priority (1 is the highest; none = FIFO ahead of prioritised jobs). */
  priority?: number;
}

/** Options of {@link createEmailQueue}. */
export interface EmailQueueOptions {
  /** BullMQ's connection: ioredis options or an ioredis instance. */
  connection: ConnectionOptions;
  /** @defaultValue `resend-emails` */
  name?: string;
  /** BullMQ's key prefix. @defaultValue `bull` */
  prefix?: string;
  /** Tries of a job whose send failed for a reason that may pass (5xx, network). @defaultValue 5 */
  attempts?: number;
  /** First backoff between those tries, doubling each time, in ms. @defaultValue 1000 */
  backoffMs?: number;
}

/** The queue's API. */
export interface EmailQueue {
  /** Enqueues one email; resolves with its job id (the existing job's when the key is known). */
  add(email: SendEmailRequest, options?: AddOptions): Promise<string>;
  /** Enqueues many emails in one round trip; resolves with their job ids, in order. */
  addBulk(items: readonly { email: SendEmailRequest; options?: AddOptions }[]): Promise<string[]>;
  /** The BullMQ queue beneath (counts, events, pause, clean…). */
  readonly queue: Queue<EmailJobData, EmailJobResult>;
  /** Closes the queue's Redis connection. */
  close(): Promise<void>;
}

function job(email: SendEmailRequest, options: AddOptions = {}, attempts: number, backoffMs: number) {
  if (typeof email !== 'object' || email === null || Array.isArray(email)) {
    throw new EmailQueueError(
      'invalid_email',
      `An email must be an object like { from, to, subject, html } (got ${email === null ? 'null' : typeof email}).`,
    );
  }
  if (
    options.key !== undefined &&
    (typeof options.key !== 'string' || options.key.length === 0 || options.key.length > 256)
  ) {
    throw new EmailQueueError('invalid_option', 'key must be a string of 1–256 characters.');
  }
  const opts: JobsOptions = {
    jobId: jobIdOf(email, options.key),
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
  };
  if (options.delay !== undefined) opts.delay = options.delay;
  if (options.priority !== undefined) opts.priority = options.priority;
  const data: EmailJobData = options.key === undefined ? { email } : { email, key: options.key };
  return { name: 'email', data, opts };
}

/**
 * A queue of Resend emails on BullMQ. Each job's id comes from its idempotency key (given, or a
 * fingerprint of the email), so adding the same email twice stores one job; drain it with
 * `createEmailWorker`.
 */
export function createEmailQueue(options: EmailQueueOptions): EmailQueue {
  if (typeof options !== 'object' || options === null || options.connection === undefined) {
    throw new EmailQueueError(
      'invalid_option',
      'connection is required: createEmailQueue({ connection: { host, port } }).',
    );
  }
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 1000;
  const queue = new Queue<EmailJobData, EmailJobResult>(options.name ?? DEFAULT_QUEUE_NAME, {
    connection: options.connection,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
  });
  return {
    queue,
    async add(email, addOptions) {
      const { name, data, opts } = job(email, addOptions, attempts, backoffMs);
      return (await queue.add(name, data, opts)).id as string;
    },
    async addBulk(items) {
      const jobs = items.map((item) => job(item.email, item.options, attempts, backoffMs));
      return (await queue.addBulk(jobs)).map((j) => j.id as string);
    },
    close: () => queue.close(),
  };
}
