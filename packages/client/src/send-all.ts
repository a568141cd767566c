/**
 * `sendAll`: sends any number of emails at the batch endpoint's full throughput — chunks of up to
 * 100 through `POST /emails/batch` (emails the batch endpoint refuses go one by one through
 * `POST /emails`), paced by the client's limiter, retried by the client, each request under an
 * `Idempotency-Key` derived from the job so a re-run after a crash sends nothing twice.
 */
import { type SendEmailRequest, specFacts } from '@resendkit/types';
import type { ResendClient } from './client.js';
import { ResendError, toResendError } from './errors.js';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from './idempotency.js';

/** Most emails in one `POST /emails/batch` (the spec's `maxItems`). */
export const MAX_BATCH_SIZE = specFacts.maxBatchSize;
/** Most `to` recipients of one email (the spec's `maxItems`). */
export const MAX_RECIPIENTS = specFacts.maxRecipients;
/** Longest `idempotencyPrefix`: the derived key (prefix + position + hash) must fit in 256 characters. */
export const MAX_IDEMPOTENCY_PREFIX_LENGTH = 200;

/**
 * The error name `sendAll` adds to the client's ({@link ClientErrorName}): `not_sent` — the run was
 * aborted before this email's request started; it was certainly not sent (`statusCode: null`).
 */
export type SendAllErrorName = 'not_sent';

/** A {@link ResendError} whose `name` is `not_sent` (see {@link SendAllErrorName}). */
export type NotSentError = Omit<ResendError, 'name'> & { readonly name: SendAllErrorName };

/** Why an email has no id: the API's or the client's error for its request, or `not_sent`. All are `instanceof ResendError`. */
export type SendAllError = ResendError | NotSentError;

/** The outcome for one email: its id, or why it has none. */
export type SendAllResult = { id: string; error?: undefined } | { id?: undefined; error: SendAllError };

/** What {@link SendAllOptions.onProgress} is told after each request. */
export interface SendAllProgress {
  /** Emails sent so far. */
  sent: number;
  /** Emails whose request failed for good so far (not counting `not_sent`). */
  failed: number;
  /** Emails in the run. */
  total: number;
}

/** What {@link sendAll} resolves to. */
export interface SendAllReport {
  /** One entry per input email, in input order. */
  results: SendAllResult[];
  /** Emails sent (results with an `id`). */
  sent: number;
  /** Emails whose request failed for good (the API's or the client's error). */
  failed: number;
  /** Emails never sent because the run was aborted (`error.name === "not_sent"`). */
  notSent: number;
  /** True when `signal` aborted the run before every request had started. */
  aborted: boolean;
}

/** Options of {@link sendAll}. */
export interface SendAllOptions {
  /**
   * Names the job (e.g. `newsletter-2026-11`, at most 200 characters). Each request's
   * `Idempotency-Key` is `<prefix>/<b|e><index>-<hash>`: the position of its first email and a
   * SHA-256 of its content, so running the same job again within 24 h sends nothing twice and
   * reports the first run's ids. Without it each request gets a random key (still safe to retry).
   */
  idempotencyPrefix?: string;
  /** Called after each request settles, with running counts. Must not throw: a throw stops the run (rethrown once in-flight requests finish). */
  onProgress?: (progress: SendAllProgress) => void;
  /**
   * Stops the run between requests: requests not yet started report `not_sent`; requests already
   * handed to the client (at most `concurrency`, possibly still waiting for a rate-limit slot)
   * finish and are reported.
   */
  signal?: AbortSignal;
  /**
   * Most requests handed to the client at once. The limiter decides when each goes out, so a
   * handful more than fit in one window only delays aborts.
   * @defaultValue the limiter's current `limit` (re-read as it adapts), or 4 without a limiter
   */
  concurrency?: number;
}

/** What is wrong with the input of {@link sendAll}. */
export type SendAllInputProblem = 'not_an_array' | 'invalid_email' | 'too_many_recipients' | 'invalid_option';

/** Thrown (as a rejection) by {@link sendAll} for unusable input, before anything is sent. */
export class SendAllInputError extends TypeError {
  /** Which problem this is. */
  readonly problem: SendAllInputProblem;
  /** The index of the offending email, or `null` when the problem is the whole input or an option. */
  readonly index: number | null;

  /** The same as `problem`: every resendkit error class carries its snake_case discriminant as `code`. */
  get code(): SendAllInputProblem {
    return this.problem;
  }

  /** @param problem - the problem; @param index - the email's index or `null`; @param message - what to fix. */
  constructor(problem: SendAllInputProblem, index: number | null, message: string) {
    super(index === null ? message : `emails[${index}]: ${message}`);
    Object.defineProperty(this, 'name', { value: 'SendAllInputError', configurable: true });
    this.problem = problem;
    this.index = index;
  }
}

/** A request to make: a batch of emails, or one email the batch endpoint does not accept. */
interface Chunk {
  kind: 'batch' | 'single';
  /** Input indices of its emails, ascending. */
  indices: number[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkEmail(email: unknown, index: number): void {
  if (!isRecord(email)) throw new SendAllInputError('invalid_email', index, 'is not an email object.');
  try {
    JSON.stringify(email);
  } catch {
    // Refused here, not inside a batch, where it would fail the 99 emails sent with it.
    throw new SendAllInputError('invalid_email', index, 'cannot be sent as JSON (a BigInt or a circular reference?).');
  }
  for (const field of ['from', 'subject'] as const) {
    if (typeof email[field] !== 'string' || (field === 'from' && email[field] === '')) {
      throw new SendAllInputError('invalid_email', index, `"${field}" is missing or not a string.`);
    }
  }
  const to = email.to;
  const recipients = typeof to === 'string' ? [to] : to;
  if (!Array.isArray(recipients) || recipients.length === 0 || recipients.some((r) => typeof r !== 'string' || r === '')) {
    throw new SendAllInputError('invalid_email', index, '"to" must be an address or a non-empty array of addresses.');
  }
  if (recipients.length > MAX_RECIPIENTS) {
    throw new SendAllInputError('too_many_recipients', index, `"to" has ${recipients.length} recipients; at most ${MAX_RECIPIENTS} are allowed.`);
  }
  if (email.attachments !== undefined && !Array.isArray(email.attachments)) {
    throw new SendAllInputError('invalid_email', index, '"attachments" must be an array.');
  }
}

function checkOptions(options: SendAllOptions): void {
  const { idempotencyPrefix: prefix, concurrency } = options;
  if (prefix !== undefined && (typeof prefix !== 'string' || prefix === '' || [...prefix].length > MAX_IDEMPOTENCY_PREFIX_LENGTH)) {
    throw new SendAllInputError(
      'invalid_option',
      null,
      `idempotencyPrefix must be 1–${MAX_IDEMPOTENCY_PREFIX_LENGTH} characters, so the derived key fits in ${MAX_IDEMPOTENCY_KEY_LENGTH}.`,
    );
  }
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    throw new SendAllInputError('invalid_option', null, `concurrency must be a positive integer, got ${String(concurrency)}.`);
  }
}

/** The batch endpoint takes neither attachments nor `scheduled_at` (docs): such emails go alone. */
function needsSingleSend(email: SendEmailRequest): boolean {
  return (email.attachments !== undefined && email.attachments.length > 0) || email.scheduled_at !== undefined;
}

/** Batches of ≤ 100 in input order, and single sends, ordered by their first email. */
function planChunks(emails: readonly SendEmailRequest[]): Chunk[] {
  const chunks: Chunk[] = [];
  let batch: Chunk | undefined;
  emails.forEach((email, index) => {
    if (needsSingleSend(email)) {
      chunks.push({ kind: 'single', indices: [index] });
      return;
    }
    if (!batch || batch.indices.length === MAX_BATCH_SIZE) {
      batch = { kind: 'batch', indices: [] };
      chunks.push(batch);
    }
    batch.indices.push(index);
  });
  return chunks;
}

/** JSON with object keys sorted, so the same email written in another key order hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** 128 bits of SHA-256 as hex: plenty to tell chunks apart, and keeps the key short. */
async function contentHash(value: unknown): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value)));
  return Array.from(new Uint8Array(digest).subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function idempotencyKey(prefix: string | undefined, chunk: Chunk, body: unknown): Promise<string> {
  if (prefix === undefined) return globalThis.crypto.randomUUID();
  const tag = chunk.kind === 'batch' ? 'b' : 'e';
  return `${prefix}/${tag}${chunk.indices[0]}-${await contentHash(body)}`;
}

/** A batch email without an empty `attachments` list (the batch endpoint takes none). */
function batchItem(email: SendEmailRequest): Omit<SendEmailRequest, 'attachments'> {
  if (email.attachments === undefined) return email;
  const { attachments: _none, ...rest } = email;
  return rest;
}

function invalidBatchResponse(chunk: Chunk, detail: string): ResendError {
  return new ResendError({
    name: 'invalid_response',
    statusCode: 200,
    message: `POST /emails/batch answered without an id for every email (${detail}); the emails may have been sent.`,
    method: 'POST',
    path: '/emails/batch',
  });
}

/**
 * Ids of a 2xx batch answer, aligned with the chunk. Strict mode answers `{ data }` index-aligned; a
 * `permissive` batch also lists `errors: [{ index, message }]`, and `data` then holds the others in order.
 */
function batchResults(chunk: Chunk, body: unknown): SendAllResult[] {
  const data = isRecord(body) && Array.isArray(body.data) ? body.data : undefined;
  if (!data) return chunk.indices.map(() => ({ error: invalidBatchResponse(chunk, 'no data array') }));
  const failures = new Map<number, string>();
  if (isRecord(body) && Array.isArray(body.errors)) {
    for (const e of body.errors) {
      if (isRecord(e) && typeof e.index === 'number') failures.set(e.index, typeof e.message === 'string' ? e.message : 'Rejected.');
    }
  }
  const ids = data.map((d) => (isRecord(d) && typeof d.id === 'string' ? d.id : undefined));
  let next = 0;
  return chunk.indices.map((_, position): SendAllResult => {
    const failure = failures.get(position);
    if (failure !== undefined) {
      return {
        error: new ResendError({ name: 'validation_error', statusCode: 422, message: failure, method: 'POST', path: '/emails/batch' }),
      };
    }
    const id = ids[next++];
    return id === undefined ? { error: invalidBatchResponse(chunk, `${ids.length} ids for ${chunk.indices.length} emails`) } : { id };
  });
}

async function sendChunk(
  resend: ResendClient,
  emails: readonly SendEmailRequest[],
  chunk: Chunk,
  prefix: string | undefined,
): Promise<SendAllResult[]> {
  const path = chunk.kind === 'batch' ? '/emails/batch' : '/emails';
  try {
    if (chunk.kind === 'single') {
      const body = emails[chunk.indices[0] as number] as SendEmailRequest;
      const headers = { 'Idempotency-Key': await idempotencyKey(prefix, chunk, body) };
      const { data, error, response } = await resend.POST('/emails', { body, headers });
      if (error !== undefined || !response.ok || typeof data?.id !== 'string') return [{ error: toResendError(error, response) }];
      return [{ id: data.id }];
    }
    const body = chunk.indices.map((i) => batchItem(emails[i] as SendEmailRequest));
    const headers = { 'Idempotency-Key': await idempotencyKey(prefix, chunk, body) };
    const { data, error, response } = await resend.POST('/emails/batch', { body, headers });
    if (error !== undefined || !response.ok) {
      const failure = toResendError(error, response);
      return chunk.indices.map(() => ({ error: failure }));
    }
    return batchResults(chunk, data);
  } catch (thrown) {
    // Only a bug or an exotic fetch gets here (the client resolves failures as `{ error }`).
    const failure = toResendError(thrown, undefined, new Request(new URL(path, 'http://sendall.invalid'), { method: 'POST' }));
    return chunk.indices.map(() => ({ error: failure }));
  }
}

function notSentError(path: string): NotSentError {
  return new ResendError({
    name: 'not_sent' as ResendError['name'],
    statusCode: null,
    message: 'The run was aborted before this email was sent; nothing was sent for it.',
    method: 'POST',
    path,
  }) as unknown as NotSentError;
}

/**
 * Sends every email of `emails` and reports, in input order, each one's id or error. Chunks of up
 * to 100 go through `POST /emails/batch`; emails with `attachments` or `scheduled_at` (which the
 * batch endpoint refuses) go one by one through `POST /emails`. Requests run several at once, as
 * the client's rate limiter allows, and are retried by the client like any call; a request that
 * fails for good gives `{ error }` to each of its emails and the run goes on.
 *
 * Rejects with {@link SendAllInputError} before sending anything when the input is not an array,
 * an email lacks `from`/`to`/`subject` or has more than 50 `to` recipients, or an option is invalid.
 * Never rejects for API or network errors.
 *
 * @example
 * const report = await sendAll(resend, emails, { idempotencyPrefix: 'newsletter-2026-11', onProgress: console.log });
 * report.results.forEach((r, i) => r.error && console.error(i, r.error.name));
 */
export async function sendAll(
  resend: ResendClient,
  emails: readonly SendEmailRequest[],
  options: SendAllOptions = {},
): Promise<SendAllReport> {
  if (typeof (resend as Partial<ResendClient> | null)?.POST !== 'function') {
    throw new SendAllInputError('invalid_option', null, 'resend must be a client from createResendClient().');
  }
  if (!Array.isArray(emails)) throw new SendAllInputError('not_an_array', null, 'emails must be an array of emails.');
  options ??= {};
  checkOptions(options);
  // An index loop, not forEach: a hole in a sparse array is an invalid email, not a skipped one.
  for (let index = 0; index < emails.length; index++) checkEmail(emails[index], index);

  const { idempotencyPrefix: prefix, onProgress, signal } = options;
  const chunks = planChunks(emails);
  const results: (SendAllResult | undefined)[] = new Array(emails.length).fill(undefined);
  const total = emails.length;
  let sent = 0;
  let failed = 0;
  let next = 0;
  let inFlight = 0;
  let progressError: { error: unknown } | undefined;
  const concurrency = () => options.concurrency ?? resend.limiter?.limit ?? 4;
  const stopped = () => signal?.aborted === true || progressError !== undefined;

  await new Promise<void>((resolve) => {
    const pump = () => {
      while (!stopped() && next < chunks.length && inFlight < concurrency()) {
        const chunk = chunks[next++] as Chunk;
        inFlight++;
        void sendChunk(resend, emails, chunk, prefix).then((outcome) => {
          chunk.indices.forEach((index, position) => {
            const result = outcome[position] as SendAllResult;
            results[index] = result;
            if (result.error) failed++;
            else sent++;
          });
          inFlight--;
          if (progressError === undefined) {
            try {
              onProgress?.({ sent, failed, total });
            } catch (error) {
              progressError = { error };
            }
          }
          pump();
        });
      }
      if (inFlight === 0) resolve();
    };
    pump();
  });

  if (progressError) throw progressError.error;
  let notSent = 0;
  for (const chunk of chunks.slice(next)) {
    const error = notSentError(chunk.kind === 'batch' ? '/emails/batch' : '/emails');
    for (const index of chunk.indices) results[index] = { error };
    notSent += chunk.indices.length;
  }
  return { results: results as SendAllResult[], sent, failed, notSent, aborted: notSent > 0 };
}
