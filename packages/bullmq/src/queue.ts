/** `createEmailQueue`: enqueue Resend emails as BullMQ jobs, one job per idempotency key. */
import { type ConnectionOptions, type JobsOptions, Queue } from 'bullmq';
import { type SendEmailInput, type SendEmailRequest, toApiEmail } from '@resendkit/client';
import { EmailQueueError } from './errors.js';
import { canonicalJson, sleep } from '@resendkit/client/shared';
import { jobIdOf } from './keys.js';
import { checkKind, checkNames, checkNumber, checkQueueOptions, fail, kindOf } from './options.js';

export { DEFAULT_QUEUE_NAME } from './options.js';

/** What a job holds: the email as the API takes it (see {@link EmailQueue.add}). */
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
  /**
   * Idempotency key: enqueuing the same email under the same key twice stores one job; another email
   * under a key that holds a job is refused (`invalid_idempotent_request`). 1–256 printable Latin-1 characters
   * without spaces at either end, since an email sent on its own carries it as its `Idempotency-Key`
   * header; else `invalid_option`. @defaultValue a fingerprint of the email
   */
  key?: string;
  /** Ms to wait before the job may be sent: a number from 0 to 31,536,000,000 (365 days). */
  delay?: number;
  /** BullMQ priority, an integer from 0 to 2097151 (1 is the highest; none or 0 = FIFO ahead of prioritised jobs). */
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
  /**
   * Ms `add` and `addBulk` wait for Redis before rejecting with `redis_unavailable` (a number of at
   * least 1; `Infinity` waits as BullMQ does, for ever while Redis is unreachable). Long enough for
   * BullMQ's reconnects (every second at first) to ride out a Redis restart or failover, short enough
   * for a request handler to answer before its own deadline (often 30 s). @defaultValue 10000
   */
  addTimeoutMs?: number;
}

/** The queue's API. */
export interface EmailQueue {
  /**
   * Enqueues one email, as `emails.send` takes it; resolves with its job id (the existing job's when
   * it holds the same email under the same key). Rejects with `invalid_idempotent_request`, nothing
   * enqueued, when the key already holds a job with another email. The job stores it as the API takes it (`toApiEmail`): the official SDK's
   * names become the API's, attachment bytes Base64, and a `react` element is rendered to `html` now,
   * since none of them survives being stored as JSON. Rejects with `redis_unavailable` when Redis
   * does not answer within `addTimeoutMs` (see {@link EmailQueueError}).
   */
  add(email: SendEmailInput, options?: AddOptions): Promise<string>;
  /** Enqueues many emails in one round trip, each as {@link EmailQueue.add} takes it; resolves with their job ids, in order. */
  addBulk(items: readonly { email: SendEmailInput; options?: AddOptions }[]): Promise<string[]>;
  /** The BullMQ queue beneath (counts, events, pause, clean…). */
  readonly queue: Queue<EmailJobData, EmailJobResult>;
  /** Closes the queue's Redis connection. */
  close(): Promise<void>;
}

/** Every option `createEmailQueue` reads (`test/options.test.ts` holds it to {@link EmailQueueOptions}). */
export const QUEUE_OPTION_NAMES = [
  'connection',
  'name',
  'prefix',
  'attempts',
  'backoffMs',
  'addTimeoutMs',
] as const satisfies readonly (keyof EmailQueueOptions)[];

/** The longest `delay` taken, in ms: 365 days (see where it is checked). */
const MAX_DELAY_MS = 31_536_000_000;

/** Every option `add` reads, and each `addBulk` item's `options` (held to {@link AddOptions}). */
export const ADD_OPTION_NAMES = ['key', 'delay', 'priority'] as const satisfies readonly (keyof AddOptions)[];

/** One item of {@link EmailQueue.addBulk}. */
export type BulkItem = Parameters<EmailQueue['addBulk']>[0][number];

/** The names an `addBulk` item may have (held to {@link BulkItem}): `{ email, key }` would lose its key. */
export const BULK_ITEM_NAMES = ['email', 'options'] as const satisfies readonly (keyof BulkItem)[];

/** BullMQ's highest priority number (its `PRIORITY_LIMIT`: 2²¹ − 1). */
const MAX_PRIORITY = 2_097_151;

/**
 * A key as the `Idempotency-Key` header of an email sent on its own carries it: 1–256 printable
 * Latin-1 characters, spaces inside only (fetch would trim them at the ends, making it another key).
 */
const SENDABLE_KEY = /^[!-~\u00a1-\u00ff](?:[ -~\u00a0-\u00ff]{0,254}[!-~\u00a1-\u00ff])?$/;

/**
 * True for what can be enqueued as an email: an object that is neither `null` nor an array (its
 * fields are the API's to check, as it sends each one).
 */
export function isEmailObject(email: unknown): email is SendEmailRequest {
  return typeof email === 'object' && email !== null && !Array.isArray(email);
}

/**
 * `email` as the API takes it ({@link toApiEmail}), or `invalid_email` naming `at` with the client's
 * refusal as its cause; what is no object is left for {@link job} to refuse.
 */
async function apiEmail(email: unknown, at = ''): Promise<unknown> {
  if (!isEmailObject(email)) return email;
  try {
    return await toApiEmail(email as SendEmailInput);
  } catch (error) {
    throw new EmailQueueError('invalid_email', `${at}email: ${(error as Error).message}`, error);
  }
}

/**
 * The job for `email` with `options`, each checked first; `at` names the item of `addBulk`
 * (`items[3].`), so a message points at the one at fault.
 */
function job(email: unknown, options: unknown, attempts: number, backoffMs: number, at = '') {
  if (!isEmailObject(email)) {
    throw new EmailQueueError(
      'invalid_email',
      `${at}email must be an object like { from, to, subject, html } (got ${kindOf(email)}).`,
    );
  }
  try {
    // BullMQ stores the email as JSON: one it cannot hold would fail there as a TypeError.
    JSON.stringify(email);
  } catch {
    throw new EmailQueueError('invalid_email', `${at}email cannot be stored as JSON (a cycle or a BigInt).`);
  }
  // `options: 'welcome'` or `true` would otherwise be read as no options at all.
  checkKind(options, `${at}options`, ['object']);
  if (options !== undefined) checkNames(options as object, ADD_OPTION_NAMES, at ? `${at}options` : 'add');
  const { key, delay, priority } = (options ?? {}) as AddOptions;
  const named = at && `${at}options.`;
  // Checked here, not only when sent: a key fetch refuses would fail its email for good at sending.
  if (key !== undefined && (typeof key !== 'string' || !SENDABLE_KEY.test(key)))
    throw fail(`${named}key must be 1–256 printable Latin-1 characters, without spaces at either end.`);
  const opts: JobsOptions = {
    jobId: jobIdOf(email, key),
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
  };
  // BullMQ reads a negative or string delay as none and takes a negative priority as is.
  // At most a year: BullMQ keeps a delayed job's time as ms × 4096 in a double, exact only until
  // 2039; a larger delay (1e300) was stored as no date and the job never ran.
  if (delay !== undefined) opts.delay = checkNumber(delay, 0, `${named}delay`, { min: 0, max: MAX_DELAY_MS });
  if (priority !== undefined)
    opts.priority = checkNumber(priority, 0, `${named}priority`, { min: 0, max: MAX_PRIORITY, integer: true });
  const data = (key === undefined ? { email } : { email, key }) as EmailJobData;
  return { name: 'email', data, opts };
}

/**
 * Refuses the first of `ids` (added with `data`) whose key held a job with another email: BullMQ answers an add
 * under an existing job id with that job's id, so the new email would be dropped without a word,
 * where Resend refuses a key reused with another body. One read per keyed job; unkeyed jobs are their
 * email's fingerprint, so a job under their id holds that email.
 */
async function refuseReusedKeys(
  queue: Queue<EmailJobData, EmailJobResult>,
  ids: readonly string[],
  data: readonly EmailJobData[],
  bulk = false,
): Promise<void> {
  const held = await Promise.all(ids.map((id, i) => (data[i]!.key === undefined ? undefined : queue.getJob(id))));
  const at = held.findIndex((job, i) => job?.data && canonicalJson(job.data.email) !== canonicalJson(data[i]!.email));
  if (at >= 0)
    throw new EmailQueueError(
      'invalid_idempotent_request',
      `${bulk ? `items[${at}].` : ''}options.key already holds job ${ids[at]} with another email: this email was not enqueued${bulk ? ' (the other items were)' : ''}.`,
    );
}

/**
 * Where `connection` points, for a message: its host and port, or its URL less any credentials (never
 * its password).
 */
function addressOf(connection: ConnectionOptions): string {
  const {
    host = '127.0.0.1',
    port = 6379,
    url,
    path,
    sentinels,
    name,
  } = ((connection as { options?: object }).options ?? connection) as {
    host?: string;
    port?: number;
    url?: string;
    path?: string;
    sentinels?: unknown[];
    name?: string;
  };
  // Up to the last `@`: a password may hold `/` or `@` as users paste it.
  if (url) return url.replace(/\/\/.*@/, '//');
  // A unix socket or a sentinel group: the default host and port would send the user to another server.
  if (path) return path;
  return sentinels?.length ? `sentinel group ${name ?? 'mymaster'}` : `${host}:${port}`;
}

/**
 * What `work` (an add) resolves with, or `redis_unavailable` once `ms` passed first. An add would
 * otherwise wait for ever for a Redis that cannot be reached: BullMQ waits for its first connection
 * whatever the options (`enableOfflineQueue: false` included), and once connected ioredis queues
 * commands while offline, for ever with `maxRetriesPerRequest: null` (which BullMQ's workers need).
 */
async function bounded<T>(work: Promise<T>, ms: number, connection: ConnectionOptions): Promise<T> {
  const done = new AbortController();
  try {
    return await Promise.race([
      work,
      sleep(ms, done.signal).then(() => {
        throw new EmailQueueError(
          'redis_unavailable',
          `Redis at ${addressOf(connection)} did not answer within ${ms} ms (addTimeoutMs): the email may still be enqueued once it does.`,
        );
      }),
    ]);
  } finally {
    done.abort();
  }
}

/**
 * A queue of Resend emails on BullMQ. Each job's id comes from its idempotency key (given, or a
 * fingerprint of the email), so adding the same email twice stores one job; drain it with
 * `createEmailWorker`.
 * @throws {@link EmailQueueError} `invalid_option` for an option it does not know, or of the wrong
 * kind or out of range (`add` and `addBulk` reject with it, or with `invalid_email`, before anything
 * is enqueued).
 */
export function createEmailQueue(options: EmailQueueOptions): EmailQueue {
  const name = checkQueueOptions(
    options,
    'createEmailQueue',
    QUEUE_OPTION_NAMES,
    'createEmailQueue({ connection: { host, port } })',
  );
  checkKind(options.prefix, 'prefix', ['string']);
  const attempts = checkNumber(options.attempts, 5, 'attempts', { min: 1, max: Infinity, integer: true });
  const backoffMs = checkNumber(options.backoffMs, 1000, 'backoffMs', { min: 0, max: Infinity });
  const addTimeoutMs = checkNumber(options.addTimeoutMs, 10_000, 'addTimeoutMs', { min: 1, max: Infinity });
  const answered = <T>(work: Promise<T>) => bounded(work, addTimeoutMs, options.connection);
  const queue = new Queue<EmailJobData, EmailJobResult>(name, {
    connection: options.connection,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
  });
  return {
    queue,
    async add(email, addOptions) {
      const { name, data, opts } = job(await apiEmail(email), addOptions, attempts, backoffMs);
      return answered(
        queue.add(name, data, opts).then(async ({ id }) => {
          await refuseReusedKeys(queue, [id as string], [data]);
          return id as string;
        }),
      );
    },
    async addBulk(items) {
      if (!Array.isArray(items))
        throw new EmailQueueError(
          'invalid_email',
          `items must be an array of { email, options } (got ${kindOf(items)}).`,
        );
      // A null item reads as one without an email, so the message names its place.
      const jobs: ReturnType<typeof job>[] = [];
      for (const [i, item] of (items as unknown[]).entries()) {
        if (typeof item === 'object' && item !== null) checkNames(item, BULK_ITEM_NAMES, `items[${i}]`);
        const { email, options } = (item ?? {}) as { email?: unknown; options?: unknown };
        jobs.push(job(await apiEmail(email, `items[${i}].`), options, attempts, backoffMs, `items[${i}].`));
      }
      return answered(
        queue.addBulk(jobs).then(async (added) => {
          const ids = added.map((j) => j.id as string);
          await refuseReusedKeys(
            queue,
            ids,
            jobs.map((j) => j.data),
            true,
          );
          return ids;
        }),
      );
    },
    close: () => queue.close(),
  };
}
