/**
 * `sendAll`: sends any number of emails at the batch endpoint's full throughput — chunks of up to
 * 100 through `POST /emails/batch` (emails the batch endpoint refuses go one by one through
 * `POST /emails`), paced by the client's limiter, retried by the client, each request under an
 * `Idempotency-Key` derived from the job so a re-run after a crash sends nothing twice.
 */
import { type SendEmailRequest, specFacts } from '@resendkit/types';
import type { ResendClient } from './client.js';
import { ResendKitError, isResendKitError } from './error-base.js';
import { type RequestInfo, ResendError, toResendError } from './errors.js';

/** Most emails in one `POST /emails/batch` (the spec's `maxItems`). */
const MAX_BATCH_SIZE = specFacts.maxBatchSize;
/** Most `to` recipients of one email (the spec's `maxItems`). */
const MAX_RECIPIENTS = specFacts.maxRecipients;
/** Longest `idempotencyPrefix`: the derived key (prefix + bucket and chunk, or fingerprint) must fit in 256 characters. */
const MAX_IDEMPOTENCY_PREFIX_LENGTH = 200;
/**
 * Buckets of a job with an `idempotencyPrefix` when `buckets` is not given. Fixed, not derived from
 * the job's size, so a re-run after removals or additions keeps the same layout. 16 trades request
 * count (at most 16 more than ⌈emails ÷ 100⌉: 10,000 emails take 100–116 requests, 107 in the tests)
 * against how many emails an edit disturbs (the chunks after it in its bucket: on average half of
 * one sixteenth of the job).
 */
const DEFAULT_BUCKETS = 16;
/** Most buckets a job may use. */
const MAX_BUCKETS = 65_536;

/**
 * The error names `sendAll` adds to the client's ({@link ClientErrorName}), both with `statusCode: null`:
 * - `not_sent` — the run was aborted before this email's request started; it was certainly not sent.
 * - `aborted` — the run was aborted while this email's request waited for a rate-limit slot or a
 *   retry, or was in flight: it may have been sent (a re-run with the same `idempotencyPrefix` settles it).
 */
export type SendAllErrorName = 'not_sent' | 'aborted';

/** A {@link ResendError} whose `name` is `not_sent` or `aborted` (see {@link SendAllErrorName}). */
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
  /** Emails whose request failed for good (the API's or the client's error, or `aborted`). */
  failed: number;
  /** Emails never sent because the run was aborted (`error.name === "not_sent"`). */
  notSent: number;
  /** True when `signal` aborted the run before every request had started. */
  aborted: boolean;
}

/** Options of {@link sendAll}. */
export interface SendAllOptions {
  /**
   * Names the job (e.g. `newsletter-2026-11`; 1–200 printable Latin-1 characters). With it, running
   * the job again within 24 h sends nothing twice and reports the first run's ids, also after the
   * emails were reordered, some removed, changed or added:
   * - each email goes to one of `buckets` buckets chosen by a SHA-256 fingerprint of its `to` (not its
   *   position); a bucket's emails are ordered by that fingerprint (then by a fingerprint of their
   *   content) and cut into batches of at most 100, each under the key `<prefix>/b<bucket>.<chunk>`
   *   (chunk from 0); an email with attachments goes alone under `<prefix>/e-<content fingerprint>`;
   * - a batch whose emails are the same as in an earlier run is answered from that run (nothing sent);
   * - an edit changes only batches of the bucket it touches: a fixed email's own batch, or for a
   *   removed or added email the batches from its place to the end of its bucket;
   * - a batch whose emails changed since a run that was accepted is refused by the API (409
   *   `invalid_idempotent_request`): none of its emails is sent again, and each is reported with that
   *   error. Those that were in the earlier run were sent then; send added or changed ones as a new
   *   job (another prefix). A batch that failed before (e.g. a 422 for one bad email) was not kept by
   *   the API, so fixing (with the same `to`) or removing its bad email and re-running sends it; a
   *   fixed `to` may move the email to a batch that was sent, which is then refused as above.
   * Without a prefix each request gets a random key (still safe to retry) and batches follow input order.
   */
  idempotencyPrefix?: string;
  /**
   * How many buckets a job with an `idempotencyPrefix` is spread over. Part of the job's identity:
   * keep it the same on every re-run of one prefix (a change re-sends emails). Any job size works: a
   * bucket of more than 100 emails is sent as several batches. A bucket is at least one request, so a
   * small job takes up to `buckets` requests and a large one at most `buckets` more than
   * ⌈emails ÷ 100⌉; more buckets make an edit disturb fewer emails.
   * @defaultValue 16
   */
  buckets?: number;
  /** Called after each request settles, with running counts. Must not throw: a throw stops the run (rethrown once in-flight requests finish). */
  onProgress?: (progress: SendAllProgress) => void;
  /**
   * Stops the run: requests not yet handed to the client report `not_sent`; those handed to it (at
   * most `concurrency`) are aborted, whether waiting for a rate-limit slot, a retry or an answer, and
   * report `aborted` (they may have been sent). Requests that already settled keep their results.
   */
  signal?: AbortSignal;
  /**
   * Most requests handed to the client at once. The limiter decides when each goes out, so a
   * handful more than fit in one window only delays aborts.
   * @defaultValue the limiter's current `limit` (re-read as it adapts), or 4 without a limiter
   */
  concurrency?: number;
  /**
   * How the API treats a batch with invalid emails (the `x-batch-validation` header):
   * - `"strict"`: any invalid email fails its whole batch (422 for each of its emails) and nothing
   *   in it is sent;
   * - `"permissive"`: the valid emails are sent and each invalid one gets its own `validation_error`
   *   in `results`, at its input index, so one bad address no longer fails 99 good emails.
   * Strict is the default because it is the API's and the official SDK's, and because a strict batch
   * that failed is not kept by the API: with an `idempotencyPrefix`, fixing the bad email and
   * re-running sends the batch. A permissive batch with a bad email was accepted, so after a fix its
   * content differs from the first run and the re-run is refused (409) for the whole batch; send the
   * fixed emails as a new job instead.
   * @defaultValue `"strict"`
   */
  batchValidation?: 'strict' | 'permissive';
}

/** What is wrong with the input of {@link sendAll}. */
export type SendAllInputProblem = 'not_an_array' | 'invalid_email' | 'too_many_recipients' | 'invalid_option';

/** Thrown (as a rejection) by {@link sendAll} for unusable input, before anything is sent. */
export class SendAllInputError extends ResendKitError<SendAllInputProblem> {
  /** The same as `code`, under the name it had first. */
  readonly problem: SendAllInputProblem;
  /** The index of the offending email, or `null` when the problem is the whole input or an option. */
  readonly index: number | null;

  /** @param problem - the problem; @param index - the email's index or `null`; @param message - what to fix. */
  constructor(problem: SendAllInputProblem, index: number | null, message: string) {
    super('SendAllInputError', problem, index === null ? message : `emails[${index}]: ${message}`);
    this.problem = problem;
    this.index = index;
  }

  protected override fields(): Record<string, unknown> {
    return { index: this.index };
  }
}

/** True for a {@link SendAllInputError}, also one made by another copy of this package. */
export function isSendAllInputError(error: unknown): error is SendAllInputError {
  return isResendKitError(error, 'SendAllInputError');
}

/** A request to make: a batch of emails, or one email the batch endpoint does not accept. */
interface Chunk {
  kind: 'batch' | 'single';
  /** Input indices of its emails, in the order they are sent. */
  indices: number[];
  /** Its `Idempotency-Key` (with a prefix), else a random one is drawn per run. */
  key?: string;
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

/** 1–200 printable Latin-1 characters, no space at either end (a header value would lose it). */
const PREFIX = /^[!-~\u00a1-\u00ff](?:[ -~\u00a0-\u00ff]{0,198}[!-~\u00a1-\u00ff])?$/;

function checkOptions(options: SendAllOptions): void {
  const { idempotencyPrefix: prefix, concurrency, buckets, batchValidation } = options;
  if (batchValidation !== undefined && batchValidation !== 'strict' && batchValidation !== 'permissive') {
    throw new SendAllInputError('invalid_option', null, `batchValidation must be "strict" or "permissive", got ${JSON.stringify(String(batchValidation))}.`);
  }
  if (prefix !== undefined && (typeof prefix !== 'string' || !PREFIX.test(prefix))) {
    throw new SendAllInputError(
      'invalid_option',
      null,
      `idempotencyPrefix must be 1–${MAX_IDEMPOTENCY_PREFIX_LENGTH} printable Latin-1 characters, no space at its ends.`,
    );
  }
  if (buckets !== undefined && !(Number.isInteger(buckets) && buckets >= 1 && buckets <= MAX_BUCKETS)) {
    throw new SendAllInputError('invalid_option', null, `buckets must be an integer from 1 to ${MAX_BUCKETS}, got ${String(buckets)}.`);
  }
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    throw new SendAllInputError('invalid_option', null, `concurrency must be a positive integer, got ${String(concurrency)}.`);
  }
}

/** The batch endpoint takes no attachments (docs): such emails go alone. It does take `scheduled_at`. */
function needsSingleSend(email: SendEmailRequest): boolean {
  return email.attachments !== undefined && email.attachments.length > 0;
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

/** The fingerprint of each email: 128 bits of SHA-256 of its canonical JSON, as hex. */
function fingerprints(emails: readonly SendEmailRequest[]): Promise<string[]> {
  return Promise.all(emails.map((email) => contentHash(email)));
}

/** Orders two fingerprints (hex strings of one length). */
const byPrint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One bucket's batches: its emails ordered by the fingerprint of their `to` (then of their content,
 * then input index, for emails that are the same), cut into runs of at most 100. The order does not
 * depend on input positions, so reordering the job changes nothing, fixing an email's content
 * changes only its batch, and removing or adding one shifts only the batches after it in its bucket.
 */
function bucketChunks(indices: number[], places: readonly string[], prints: readonly string[], key: string): Chunk[] {
  indices.sort((a, b) => byPrint(places[a] as string, places[b] as string) || byPrint(prints[a] as string, prints[b] as string) || a - b);
  const chunks: Chunk[] = [];
  for (let start = 0; start < indices.length; start += MAX_BATCH_SIZE) {
    chunks.push({ kind: 'batch', indices: indices.slice(start, start + MAX_BATCH_SIZE), key: `${key}.${start / MAX_BATCH_SIZE}` });
  }
  return chunks;
}

/**
 * Chunks of a job with a prefix: each email's bucket follows from its own `to` (a SHA-256 of it), so
 * no edit elsewhere in the job, nor to its content, moves it to another bucket; see {@link bucketChunks}.
 */
async function planBuckets(emails: readonly SendEmailRequest[], prefix: string, buckets: number): Promise<Chunk[]> {
  const prints = await fingerprints(emails);
  // The bucket follows the recipients, so a fix to an email's content keeps it in its batch.
  const places = await fingerprints(emails.map((email) => [email.to].flat() as never));
  const singles: Chunk[] = [];
  const groups = new Map<number, number[]>();
  emails.forEach((email, index) => {
    if (needsSingleSend(email)) {
      singles.push({ kind: 'single', indices: [index], key: `${prefix}/e-${prints[index] as string}` });
      return;
    }
    const bucket = parseInt((places[index] as string).slice(0, 8), 16) % buckets;
    const group = groups.get(bucket) ?? [];
    groups.set(bucket, group);
    group.push(index);
  });
  const chunks: Chunk[] = [];
  for (const [bucket, indices] of [...groups].sort((a, b) => a[0] - b[0])) {
    chunks.push(...bucketChunks(indices, places, prints, `${prefix}/b${bucket}`));
  }
  return [...chunks, ...singles];
}

/**
 * An email as sent under a prefix key: object keys sorted (so the bytes, which an API may compare on
 * a re-run, do not depend on how the caller wrote it), and without an empty `attachments` list in a
 * batch (the batch endpoint takes none).
 */
function canonicalEmail(email: SendEmailRequest, inBatch: boolean): SendEmailRequest {
  const copy = JSON.parse(canonicalJson(email)) as SendEmailRequest;
  if (inBatch) delete copy.attachments;
  return copy;
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

/** The request a failed result names (the client puts it there), else the send's own route. */
function requestOf(result: object, path: string): RequestInfo {
  return (result as { request?: RequestInfo }).request ?? { method: 'POST', path };
}

async function sendChunk(
  resend: ResendClient,
  emails: readonly SendEmailRequest[],
  chunk: Chunk,
  signal: AbortSignal | undefined,
  validation: 'strict' | 'permissive',
): Promise<SendAllResult[]> {
  const path = chunk.kind === 'batch' ? '/emails/batch' : '/emails';
  try {
    if (chunk.kind === 'single') {
      const email = emails[chunk.indices[0] as number] as SendEmailRequest;
      const body = chunk.key === undefined ? email : canonicalEmail(email, false);
      const headers = { 'Idempotency-Key': chunk.key ?? globalThis.crypto.randomUUID() };
      const result = await resend.POST('/emails', { body, headers, signal });
      const { data, error, response } = result;
      if (error !== undefined || !response.ok || typeof data?.id !== 'string') return [{ error: toResendError(error, response, requestOf(result, path)) }];
      return [{ id: data.id }];
    }
    const body = chunk.indices.map((i) =>
      chunk.key === undefined ? batchItem(emails[i] as SendEmailRequest) : canonicalEmail(emails[i] as SendEmailRequest, true),
    );
    const headers = { 'Idempotency-Key': chunk.key ?? globalThis.crypto.randomUUID(), 'x-batch-validation': validation };
    const result = await resend.POST('/emails/batch', { body, headers, signal });
    const { data, error, response } = result;
    if (error !== undefined || !response.ok) {
      const failure = explainConflict(toResendError(error, response, requestOf(result, path)));
      return chunk.indices.map(() => ({ error: failure }));
    }
    return batchResults(chunk, data);
  } catch (thrown) {
    // The run's abort, or a bug or an exotic fetch (the client resolves failures as `{ error }`).
    const failure = signal?.aborted
      ? runError('aborted', path, 'The run was aborted while this request waited for a rate-limit slot or a retry, or was in flight; it may have been sent.')
      : toResendError(thrown, undefined, { method: 'POST', path });
    return chunk.indices.map(() => ({ error: failure }));
  }
}

function runError(name: SendAllErrorName, path: string, message: string): NotSentError {
  return new ResendError({ name: name as ResendError['name'], statusCode: null, message, method: 'POST', path }) as unknown as NotSentError;
}

/** The API's 409 for a key reused with other content, restated for a job re-run after an edit. */
function explainConflict(error: ResendError): ResendError {
  if (error.name !== 'invalid_idempotent_request') return error;
  return new ResendError({
    ...error.toJSON(),
    message:
      'An earlier run sent this batch with other emails (some added, removed or changed since): none was sent again; send new or changed ones as a new job.',
    cause: error,
  });
}

/**
 * Sends every email of `emails` and reports, in input order, each one's id or error. Chunks of up
 * to 100 go through `POST /emails/batch` (scheduled ones too); emails with `attachments` (which the
 * batch endpoint refuses) go one by one through `POST /emails`. With `batchValidation: "permissive"`
 * an invalid email fails alone instead of with its batch. Requests run several at once, as
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
  const chunks = prefix === undefined ? planChunks(emails) : await planBuckets(emails, prefix, options.buckets ?? DEFAULT_BUCKETS);
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
        void sendChunk(resend, emails, chunk, signal, options.batchValidation ?? 'strict').then((outcome) => {
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
    const path = chunk.kind === 'batch' ? '/emails/batch' : '/emails';
    const error = runError('not_sent', path, 'The run was aborted before this email was sent; nothing was sent for it.');
    for (const index of chunk.indices) results[index] = { error };
    notSent += chunk.indices.length;
  }
  return { results: results as SendAllResult[], sent, failed, notSent, aborted: notSent > 0 };
}
