/**
 * `sendAll`: sends any number of emails at the batch endpoint's full throughput — chunks of up to
 * 100 through `POST /emails/batch` (emails the batch endpoint refuses go one by one through
 * `POST /emails`), paced by the client's limiter, retried by the client, each request under an
 * `Idempotency-Key` derived from the job so a re-run sends nothing twice.
 */
import { type SendEmailRequest, maxBatchSize } from '@resendkit/types';
import type { ResendClient } from './client.js';
import { ResendKitError, isResendKitError } from './error-base.js';
import { type RequestInfo, ResendError } from './errors.js';
import { failure, toResendError } from './failure.js';
import { RUN_HEADER, observerOf } from './telemetry/observer.js';
import type { RunTrace } from './telemetry/trace.js';
import type { RateLimitLane } from './rate-limit.js';
import { SendAllInputError, checkEmail, checkOptions, isRecord } from './send-all-input.js';
import { type Chunk, type Plan, type SendAllReceipt, planBuckets, planInOrder } from './send-all-plan.js';
import { canonicalJson } from './shared/canonical-json.js';
import { type QuotaErrorName, isQuotaErrorName, quotaResetAt } from './send-all-quota.js';
import { thrownText } from './shared/check-kind.js';
import { followSignal } from './shared/follow-signal.js';
import { sleep } from './shared/sleep.js';
import { prepareEmails } from './method-input.js';
import type { SendEmailInput } from './api-email.js';

export {
  MAX_BUCKETS,
  MAX_IDEMPOTENCY_PREFIX_LENGTH,
  MAX_RECIPIENTS,
  SendAllInputError,
  type SendAllInputProblem,
  isSendAllInputError,
} from './send-all-input.js';
export type { SendAllReceipt } from './send-all-plan.js';
export type { QuotaErrorName } from './send-all-quota.js';

/** Most emails in one `POST /emails/batch` (the spec's `maxItems`). */
export const MAX_BATCH_SIZE = maxBatchSize;
/**
 * Buckets of a job with an `idempotencyPrefix` when `buckets` is not given: one request each (when
 * it holds an email), at most 100 emails each, so jobs up to about 800 emails. Fixed, not derived
 * from the job's size: the buckets are part of the job's identity, and a re-run after additions or
 * removals must find the same ones.
 */
export const DEFAULT_BUCKETS = 16;
/** Concurrency without a rate limiter (with one, see {@link SendAllOptions.concurrency}). */
export const DEFAULT_CONCURRENCY = 4;

/**
 * The error names `sendAll` adds to the client's ({@link ClientErrorName}), all with `statusCode: null`:
 * - `not_sent` — the run was aborted before this email's request started: this run did not send it
 *   (an earlier run of the job may have; a re-run with the same `idempotencyPrefix` settles it).
 *   The signal's reason is its `cause`.
 * - `aborted` — the run was aborted while this email's request waited for a rate-limit slot or a
 *   retry, or was in flight: it may have been sent (`maybeSent: true`; a re-run with the same
 *   `idempotencyPrefix` settles it). The signal's reason is its `cause`.
 * - `daily_quota_exceeded`, `monthly_quota_exceeded` — a request of the run was refused because the
 *   team's quota is used up, so this run made no request for this email (or its request was that
 *   refused one) and did not send it.
 */
export type SendAllErrorName = 'not_sent' | 'aborted' | QuotaErrorName;

/** A {@link ResendError} whose `name` is one of {@link SendAllErrorName}, with `statusCode: null`. */
export type NotSentError = Omit<ResendError, 'name'> & { readonly name: SendAllErrorName };

/** Why an email has no id: the API's or the client's error for its request, or one of {@link SendAllErrorName}. All are `instanceof ResendError`. */
export type SendAllError = ResendError | NotSentError;

/** The outcome for one email: its id, or why it has none. */
export type SendAllResult = { id: string; error?: undefined } | { id?: undefined; error: SendAllError };

/** What {@link SendAllOptions.onProgress} is told after each request. */
export interface SendAllProgress {
  /** Emails sent so far (this run's, and those a `receipt` lists). */
  sent: number;
  /** Emails whose request failed for good so far (not counting `conflicted` and `notSent`). */
  failed: number;
  /** Emails of batches the API refused as changed since an earlier run (see {@link SendAllReport.conflicted}). */
  conflicted: number;
  /** Emails in the run. */
  total: number;
}

/** What {@link sendAll} resolves to. */
export interface SendAllReport {
  /** One entry per input email, in input order. */
  results: SendAllResult[];
  /** Emails with an id: sent by this run, answered from an earlier run, or listed by the `receipt`. */
  sent: number;
  /** Emails whose request failed for good: the API's or the client's error, or `aborted`. */
  failed: number;
  /**
   * Emails of a batch the API refused with 409 `invalid_idempotent_request`: its key was used by an
   * earlier run of this job with other emails (some added, removed or changed since, and no
   * `receipt` given). Nothing was sent for them now; those that were in the earlier batch were sent
   * then, the others were not. Re-run with the `receipt` of the earlier run to settle them.
   */
  conflicted: number;
  /** Emails this run did not send: it was aborted (`not_sent`) or stopped by a quota (the quota's name) before their request. */
  notSent: number;
  /** True when `signal` aborted the run before every request had started. */
  aborted: boolean;
  /** The quota that stopped the run (`onQuotaExceeded: "stop"`), else `null`. */
  quotaExceeded: QuotaErrorName | null;
  /**
   * With an `idempotencyPrefix`: every email sent by this job so far (this run's and the given
   * receipt's). Store it and pass it as `receipt` to the next run of the job.
   */
  receipt?: SendAllReceipt | undefined;
}

/**
 * Rejection of {@link sendAll} when its `onProgress` threw or rejected: the run stopped (the requests
 * in flight settled first) and `report` says what it did, as a resolved run's report would, so the
 * emails it sent are known and its `receipt` can be stored. The emails it never requested are
 * `not_sent`, with the callback's error as their `cause`; that error is this one's `cause` too.
 * `toJSON()` leaves the report out (it holds one result per email).
 */
export class SendAllProgressError extends ResendKitError<'progress_failed'> {
  /** What the run did before it stopped: results in input order, counts and, with a prefix, the `receipt`. */
  readonly report: SendAllReport;

  /** @param report - the stopped run's report; @param cause - what `onProgress` threw or rejected with. */
  constructor(report: SendAllReport, cause: unknown) {
    super(
      'SendAllProgressError',
      'progress_failed',
      `sendAll stopped: its onProgress threw or rejected (${report.sent} sent, ${report.notSent} not sent). ` +
        'Read error.report for the result of each email and, with an idempotencyPrefix, the receipt to re-run with.',
      cause,
    );
    this.report = report;
  }
}

/** True for a {@link SendAllProgressError}, also one made by another copy of this package. */
export function isSendAllProgressError(error: unknown): error is SendAllProgressError {
  return isResendKitError(error, 'SendAllProgressError');
}

/** Options of {@link sendAll}. */
export interface SendAllOptions {
  /**
   * Names the job (e.g. `newsletter-2026-11`; 1–200 printable Latin-1 characters). With it, no
   * re-run of the job within 24 h (Resend keeps keys that long) sends an email twice:
   * - each email goes to one of `buckets` buckets, chosen by a SHA-256 of its `to` (not its
   *   position), and each bucket is one batch under the key `<prefix>/r<bucket>`, its emails sorted
   *   by that hash and their content. An email with attachments goes alone under
   *   `<prefix>/e-<content fingerprint>`, and the n-th further copy of the same email in the job
   *   under `<prefix>/e-<content fingerprint>.<n>` (each copy is sent). No email's key depends on
   *   the other emails of the job;
   * - a batch whose emails are the same as in an earlier run is answered from that run (nothing
   *   sent, the first ids reported), also after the job was reordered;
   * - a batch that failed before (e.g. a 422 for one bad email under strict validation) was not kept
   *   by the API: after fixing or removing its bad email it is sent;
   * - a batch that was accepted with other emails (an email added, removed or changed in its bucket)
   *   is refused by the API (409): nothing in it is sent again, and its emails are counted in
   *   {@link SendAllReport.conflicted}. Pass the last run's {@link SendAllReport.receipt} as
   *   `receipt` and such edits are settled instead: emails sent before keep their ids and are not
   *   sent, and the others of each bucket go under a key of their own.
   * Without a prefix each request gets a random key (still safe to retry) and batches follow input order.
   */
  idempotencyPrefix?: string;
  /**
   * How many buckets a job with an `idempotencyPrefix` is spread over: one batch per bucket that
   * holds an email, so a job takes at most `buckets` batch requests, and a bucket holds at most 100
   * emails (a job that would overfill one is refused before anything is sent, `bucket_overflow`).
   * About one bucket per 50 emails of the largest the job may grow to keeps every bucket well under
   * 100 (10,000 emails: `buckets: 200`, 200 requests). Emails to one `to` always share a bucket, so
   * a job holds at most 100 of them. Part of the job's identity: keep it the same on every re-run of
   * one prefix (another value sends emails again).
   * @defaultValue 16
   */
  buckets?: number;
  /**
   * What an earlier run of this job sent: its report's `receipt` (stored as JSON if need be). Those
   * emails are reported with their ids and not sent again; the emails left in each bucket go under
   * a key of their own, so emails added or fixed since are sent. Needs the same `idempotencyPrefix`
   * and `buckets`; pass the latest run's receipt.
   */
  receipt?: SendAllReceipt | undefined;
  /**
   * Called after each request settles, with running counts. Should not throw: a throw, or the
   * rejection of a promise it returns, stops the run, which then rejects with a
   * {@link SendAllProgressError} (its `cause` the callback's error) once in-flight requests finish.
   * That error's `report` tells which emails were sent and, with an `idempotencyPrefix`, carries the
   * `receipt` to re-run with. A rejection seen after the run ended is dropped.
   */
  onProgress?: (progress: SendAllProgress) => void;
  /**
   * Stops the run: requests not yet handed to the client report `not_sent`; those handed to it (at
   * most `concurrency`) are aborted, whether waiting for a rate-limit slot, a retry or an answer, and
   * report `aborted` (they may have been sent). Both keep the signal's reason as their `cause`.
   * Requests that already settled keep their results. Also ends a wait for a quota reset, and a
   * `react` render still running (the run then rejects with the signal's reason, nothing sent).
   * `null` is none, as for a call; any other value that is no AbortSignal is refused (`invalid_option`).
   */
  signal?: AbortSignal;
  /**
   * Most requests handed to the client at once. The default follows the team's limit: the
   * limiter's `limit` (re-read as it adapts to the server's `ratelimit-limit`), but never more than
   * it was when the run started, so a raised or hostile advertised limit cannot put up to 100
   * batches in flight at once; the limiter still paces each request.
   * @defaultValue min(limiter's current `limit`, its `limit` at the start), or 4 without a limiter
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
   * re-running sends the batch. A permissive batch with a bad email was accepted, so a re-run after
   * the fix is refused (409) unless the `receipt` of that run is passed.
   * @defaultValue `"strict"`
   */
  batchValidation?: 'strict' | 'permissive';
  /**
   * The limiter lane the run's requests take. `bulk` leaves the slots the client reserves for
   * interactive calls (a password reset sent while the run goes on is not queued behind it).
   * @defaultValue `"bulk"`
   */
  priority?: RateLimitLane;
  /**
   * What to do when Resend answers 429 `daily_quota_exceeded` or `monthly_quota_exceeded`:
   * - `"stop"`: make no further request; the refused emails and every email not yet requested are
   *   reported with the quota's name and counted in `notSent`, and `quotaExceeded` names it;
   * - `"wait"`: hand no further request to the client until the quota resets (the daily one at
   *   00:00 UTC, the monthly one at 00:00 UTC on the first of the next month), then go on, the
   *   refused requests included. `signal` ends the wait.
   * @defaultValue `"stop"`
   */
  onQuotaExceeded?: 'stop' | 'wait';
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

function invalidBatchResponse(detail: string): ResendError {
  return failure({
    name: 'invalid_response',
    status: 200,
    message: `POST /emails/batch answered without an id for every email (${detail}); the emails may have been sent.`,
    request: { method: 'POST', path: '/emails/batch' },
    maybeSent: true,
  });
}

/**
 * Ids of a 2xx batch answer, aligned with the chunk. Strict mode answers `{ data }` index-aligned; a
 * `permissive` batch also lists `errors: [{ index, message }]`, and `data` then holds the others in order.
 */
function batchResults(chunk: Chunk, body: unknown): SendAllResult[] {
  const data = isRecord(body) && Array.isArray(body.data) ? body.data : undefined;
  if (!data) return chunk.indices.map(() => ({ error: invalidBatchResponse('no data array') }));
  const failures = new Map<number, string>();
  if (isRecord(body) && Array.isArray(body.errors)) {
    for (const e of body.errors) {
      if (isRecord(e) && typeof e.index === 'number')
        failures.set(e.index, typeof e.message === 'string' ? e.message : 'Rejected.');
    }
  }
  // An empty id names no email, as the error middleware holds for a single send.
  const ids = data.map((d) => (isRecord(d) && typeof d.id === 'string' && d.id ? d.id : undefined));
  let next = 0;
  return chunk.indices.map((_, position): SendAllResult => {
    const problem = failures.get(position);
    if (problem !== undefined) {
      return {
        error: failure({
          name: 'validation_error',
          status: 422,
          message: problem,
          request: { method: 'POST', path: '/emails/batch' },
        }),
      };
    }
    const id = ids[next++];
    return id === undefined
      ? { error: invalidBatchResponse(`${ids.filter(Boolean).length} ids for ${chunk.indices.length} emails`) }
      : { id };
  });
}

/** The request a failed result names (the client puts it there), else the send's own route. */
function requestOf(result: object, path: string): RequestInfo {
  return (result as { request?: RequestInfo }).request ?? { method: 'POST', path };
}

/**
 * The per-call options of every request `sendAll` makes, built in this one place. Bulk traffic:
 * once the client takes a per-call priority, `sendAll`'s requests take the bulk lane here.
 */
function callOptions(headers: Record<string, string>, signal: AbortSignal | undefined, run: Run) {
  // With telemetry on, each request names the run as its parent (the header never leaves the client).
  if (run.trace) headers[RUN_HEADER] = String(run.trace.id);
  // Bulk traffic by default: the limiter keeps its reserve for the app's interactive calls.
  const bulk = run.options.priority !== 'interactive' ? run.resend.bulkFetch : undefined;
  return bulk ? { headers, signal, fetch: bulk } : { headers, signal };
}

const pathOf = (chunk: Chunk) => (chunk.kind === 'batch' ? '/emails/batch' : '/emails');

async function sendChunk(
  resend: ResendClient,
  emails: readonly SendEmailRequest[],
  chunk: Chunk,
  signal: AbortSignal | undefined,
  validation: 'strict' | 'permissive',
  run: Run,
): Promise<SendAllResult[]> {
  const path = pathOf(chunk);
  const key = chunk.key ?? globalThis.crypto.randomUUID();
  try {
    if (chunk.kind === 'single') {
      const email = emails[chunk.indices[0] as number] as SendEmailRequest;
      const body = chunk.key === undefined ? email : canonicalEmail(email, false);
      const result = await resend.POST('/emails', { body, ...callOptions({ 'Idempotency-Key': key }, signal, run) });
      const { data, error, response } = result;
      if (error !== undefined || !response.ok || typeof data?.id !== 'string')
        return [{ error: toResendError(error, response, requestOf(result, path)) }];
      return [{ id: data.id }];
    }
    const body = chunk.indices.map((i) =>
      chunk.key === undefined
        ? batchItem(emails[i] as SendEmailRequest)
        : canonicalEmail(emails[i] as SendEmailRequest, true),
    );
    const result = await resend.POST('/emails/batch', {
      body,
      ...callOptions({ 'Idempotency-Key': key, 'x-batch-validation': validation }, signal, run),
    });
    const { data, error, response } = result;
    if (error !== undefined || !response.ok) {
      const refused = explainConflict(toResendError(error, response, requestOf(result, path)));
      return chunk.indices.map(() => ({ error: refused }));
    }
    return batchResults(chunk, data);
  } catch (thrown) {
    // The run's abort, or a bug, a user middleware or an exotic fetch (the client resolves failures as
    // `{ error }`): a throw may come after the request went out (an `onResponse`), so never "not sent".
    const failed = signal?.aborted
      ? runError(
          'aborted',
          path,
          'The run was aborted while this request waited for a rate-limit slot or a retry, or was in flight; it may have been sent.',
          true,
          // Why it was aborted, as an aborted emails.send rejects with it; the caller's value, never printed.
          signal.reason,
        )
      : failure({
          cause: thrown,
          request: { method: 'POST', path },
          // thrownText, not String(): String() of some thrown objects throws, which would leave the run waiting.
          message: `The call threw (${thrownText(thrown)}), perhaps after its request went out; it may have been sent.`,
          maybeSent: true,
        });
    return chunk.indices.map(() => ({ error: failed }));
  }
}

/**
 * A run's own error for a request; `maybeSent` when the request may have reached the server, `cause`
 * what stopped it.
 */
function runError(
  name: SendAllErrorName,
  path: string,
  message: string,
  maybeSent = false,
  cause?: unknown,
): NotSentError {
  return failure({
    name,
    status: null,
    message,
    request: { method: 'POST', path },
    maybeSent,
    cause,
  }) as unknown as NotSentError;
}

/** The API's 409 for a key reused with other content, restated for a job re-run after an edit. */
function explainConflict(error: ResendError): ResendError {
  if (error.name !== 'invalid_idempotent_request') return error;
  const { name, statusCode, retryAfter, method, path, maybeSent } = error;
  return failure({
    name,
    status: statusCode,
    retryAfter,
    request: { method, path },
    maybeSent,
    message:
      'An earlier run of this job sent this batch with other emails (some added, removed or changed since): none was sent now. ' +
      'Re-run with the receipt of that run to send the new ones.',
    cause: error,
  });
}

/**
 * Why emails never requested were not sent: the quota that stopped the run, else the abort or the
 * throw of onProgress (`stoppedBy`; its reason or error the `cause`).
 */
function leftOverError(
  chunk: Chunk,
  quota: QuotaErrorName | null,
  reason: unknown,
  stoppedBy = 'aborted',
): NotSentError {
  if (quota === null)
    return runError(
      'not_sent',
      pathOf(chunk),
      `The run was ${stoppedBy} before this email was requested; this run sent nothing for it.`,
      false,
      // As the run's `aborted` emails keep it: the caller's value, never printed.
      reason,
    );
  const which = quota === 'daily_quota_exceeded' ? 'daily' : 'monthly';
  return runError(
    quota,
    pathOf(chunk),
    `Not sent: the team's ${which} email quota was used up (429 ${quota}), so no further request was made.`,
  );
}

/** What a run reads that tests replace: the batch cap, the clock, and the wait for a quota reset. */
export interface SendAllInternals {
  cap: number;
  now: () => number;
  sleep: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

/** The longest a quota wait trusts its timer before it reads the wall clock again. */
const WALL_CHECK_MS = 60_000;

/**
 * Waits until `ms` from now by the wall clock, the one a quota resets on (00:00 UTC), reading it
 * again at least every minute: one long timer runs on a clock that stops while the machine sleeps,
 * so a run refused at 22:30 on a laptop asleep until 08:00 would wait until 09:30.
 */
async function untilWallClock(ms: number, signal: AbortSignal | undefined): Promise<void> {
  const until = Date.now() + ms;
  // The pause's signal aborting ends the wait early; the job then reads why.
  for (let left = ms; left > 0 && !signal?.aborted; left = until - Date.now())
    await sleep(Math.min(left, WALL_CHECK_MS), signal, 'resolve');
}

const INTERNALS: SendAllInternals = {
  cap: MAX_BATCH_SIZE,
  now: () => Date.now(),
  sleep: untilWallClock,
};

/** One run: hands chunks to the client as concurrency allows and records each email's outcome. */
class Run {
  readonly results: (SendAllResult | undefined)[];
  readonly queue: Chunk[];
  sent = 0;
  failed = 0;
  conflicted = 0;
  notSent = 0;
  /** The quota that stopped the run (`onQuotaExceeded: "stop"`). */
  quota: QuotaErrorName | null = null;
  progressError: { error: unknown } | undefined;
  inFlight = 0;
  /** True while the run waits for a quota reset (`onQuotaExceeded: "wait"`). */
  waiting = false;
  /** Ends a wait for a quota reset: on `signal`, or when the run ends otherwise. */
  readonly pause = new AbortController();
  readonly startLimit: number | undefined;
  done: () => void = () => {};

  constructor(
    readonly resend: ResendClient,
    readonly emails: readonly SendEmailRequest[],
    readonly options: SendAllOptions,
    readonly plan: Plan,
    readonly internals: SendAllInternals,
    readonly trace: RunTrace | undefined,
  ) {
    this.results = new Array(emails.length).fill(undefined);
    this.queue = [...plan.chunks];
    this.startLimit = resend.limiter?.limit;
    for (const [index, id] of plan.known) this.record(index, { id });
  }

  stopped(): boolean {
    return this.options.signal?.aborted === true || this.progressError !== undefined || this.quota !== null;
  }

  /** The option, else the limiter's limit now but never above its limit when the run started. */
  concurrency(): number {
    const limiter = this.resend.limiter;
    if (this.options.concurrency !== undefined) return this.options.concurrency;
    if (!limiter || this.startLimit === undefined) return DEFAULT_CONCURRENCY;
    return Math.max(1, Math.min(limiter.limit, this.startLimit));
  }

  record(index: number, result: SendAllResult): void {
    this.results[index] = result;
    const name = result.error?.name;
    if (name === undefined) this.sent++;
    else if (name === 'invalid_idempotent_request') this.conflicted++;
    else if (isQuotaErrorName(name)) this.notSent++;
    else this.failed++;
  }

  /** Runs until every chunk settled or the run stopped. */
  start(): Promise<void> {
    const { signal } = this.options;
    // One listener on a signal however many runs share it (followSignal).
    const unfollow = signal ? followSignal(signal, () => this.pause.abort()) : undefined;
    return new Promise<void>((resolve) => {
      this.done = () => {
        unfollow?.();
        this.pause.abort();
        resolve();
      };
      this.pump();
    });
  }

  pump(): void {
    const { signal, batchValidation = 'strict' } = this.options;
    while (!this.stopped() && !this.waiting && this.queue.length > 0 && this.inFlight < this.concurrency()) {
      const chunk = this.queue.shift() as Chunk;
      this.inFlight++;
      void sendChunk(this.resend, this.emails, chunk, signal, batchValidation, this).then((outcome) => {
        this.inFlight--;
        this.settle(chunk, outcome);
        this.pump();
      });
    }
    if (this.inFlight === 0 && (!this.waiting || this.stopped() || this.queue.length === 0)) this.done();
  }

  settle(chunk: Chunk, outcome: SendAllResult[]): void {
    const quota = outcome.map((r) => r.error?.name).find(isQuotaErrorName);
    if (quota !== undefined && this.options.onQuotaExceeded === 'wait' && !this.stopped()) {
      // A quota 429 sent nothing and the API kept no key: the same request goes again after the reset.
      this.queue.unshift(chunk);
      this.waitForReset(quota);
      return;
    }
    if (quota !== undefined) this.quota = quota;
    chunk.indices.forEach((index, position) => this.record(index, outcome[position] as SendAllResult));
    if (this.progressError !== undefined) return;
    try {
      const returned: unknown = this.options.onProgress?.({
        sent: this.sent,
        failed: this.failed,
        conflicted: this.conflicted,
        total: this.emails.length,
      });
      // An async onProgress's rejection stops the run as a throw does; left unhandled, it would end a Node process.
      if (returned instanceof Promise) returned.catch((error: unknown) => this.stop(error));
    } catch (error) {
      this.progressError = { error };
    }
  }

  /** Stops the run for what onProgress threw (the first throw is kept) and ends it if nothing is in flight. */
  stop(error: unknown): void {
    this.progressError ??= { error };
    this.pump();
  }

  waitForReset(quota: QuotaErrorName): void {
    if (this.waiting) return;
    this.waiting = true;
    const now = this.internals.now();
    void this.internals.sleep(Math.max(0, quotaResetAt(quota, now) - now), this.pause.signal).then(() => {
      this.waiting = false;
      this.pump();
    });
  }

  /**
   * The report; chunks never requested are `not_sent`, or named after the quota that stopped the run.
   * After a throw of onProgress, the same report rides on the {@link SendAllProgressError} thrown.
   */
  finish(): SendAllReport {
    const { signal } = this.options;
    const aborted = signal?.aborted === true;
    const thrown = this.progressError;
    for (const chunk of this.queue) {
      const error = thrown
        ? leftOverError(chunk, null, thrown.error, 'stopped by onProgress')
        : leftOverError(chunk, aborted ? null : this.quota, signal?.reason);
      for (const index of chunk.indices) this.results[index] = { error };
      this.notSent += chunk.indices.length;
    }
    const { sent, failed, conflicted, notSent } = this;
    const report: SendAllReport = {
      results: this.results as SendAllResult[],
      sent,
      failed,
      conflicted,
      notSent,
      aborted: aborted && this.queue.length > 0,
      quotaExceeded: this.quota,
    };
    const receipt = this.receipt();
    if (receipt) report.receipt = receipt;
    if (thrown) throw new SendAllProgressError(report, thrown.error);
    return report;
  }

  /** The given receipt plus every email this run got an id for. */
  receipt(): SendAllReceipt | undefined {
    const { idempotencyPrefix: prefix, buckets = DEFAULT_BUCKETS, receipt } = this.options;
    if (prefix === undefined) return undefined;
    const sent: SendAllReceipt['sent'] = (receipt?.sent ?? []).map(([print, id, bucket]) => [print, id, bucket]);
    this.results.forEach((result, index) => {
      if (result?.id !== undefined && !this.plan.known.has(index)) {
        sent.push([this.plan.prints[index] as string, result.id, this.plan.buckets[index] as number]);
      }
    });
    return { prefix, buckets, sent };
  }
}

/**
 * Sends every email of `emails` and reports, in input order, each one's id or error. Chunks of up
 * to 100 go through `POST /emails/batch` (scheduled ones too); emails with `attachments` (which the
 * batch endpoint refuses) go one by one through `POST /emails`. With `batchValidation: "permissive"`
 * an invalid email fails alone instead of with its batch. Requests run several at once, as
 * the client's rate limiter allows, and are retried by the client like any call; a request that
 * fails for good gives `{ error }` to each of its emails and the run goes on, until a quota is used
 * up (see {@link SendAllOptions.onQuotaExceeded}).
 *
 * Rejects with {@link SendAllInputError} before sending anything when the input is not an array,
 * an email lacks `from`/`to`/`subject` or has more than 50 `to` recipients, an option is invalid or
 * of a name it does not read, or a bucket would hold more than 100 emails. Rejects with
 * {@link SendAllProgressError}, which carries the report, when `onProgress` throws. Never rejects for
 * API or network errors.
 *
 * @example
 * const report = await sendAll(resend, emails, { idempotencyPrefix: 'newsletter-2026-11', receipt: lastReceipt });
 * report.results.forEach((r, i) => r.error && console.error(i, r.error.name));
 * await saveReceipt(report.receipt);
 */
export function sendAll(
  resend: ResendClient,
  emails: readonly (SendEmailRequest | SendEmailInput)[],
  options: SendAllOptions = {},
): Promise<SendAllReport> {
  return runSendAll(resend, emails, options, INTERNALS);
}

/** {@link sendAll} with its internals given (tests scale the batch cap and the clock down). @internal */
export async function runSendAll(
  resend: ResendClient,
  input: readonly (SendEmailRequest | SendEmailInput)[],
  options: SendAllOptions | null | undefined,
  internals: SendAllInternals,
): Promise<SendAllReport> {
  if (typeof (resend as Partial<ResendClient> | null)?.POST !== 'function') {
    throw new SendAllInputError('invalid_option', null, 'resend must be a client from createResendClient().');
  }
  if (!Array.isArray(input)) throw new SendAllInputError('not_an_array', null, 'emails must be an array of emails.');
  // The emails as they are now: the run reads them after awaits, and a caller may empty or refill its
  // array once the call is made (a buffer handed off, then cleared), which sent nothing and reported none.
  const snapshot = input.slice();
  // SDK option names and `react` bodies, as emails.send takes them (a render ends with the run's signal).
  const prepared = await prepareEmails(snapshot, options?.signal);
  if ('index' in prepared) throw new SendAllInputError('invalid_email', prepared.index, prepared.message);
  const emails = prepared.emails as readonly SendEmailRequest[];
  options ??= {};
  checkOptions(options);
  // An index loop, not forEach: a hole in a sparse array is an invalid email, not a skipped one.
  for (let index = 0; index < emails.length; index++) checkEmail(emails[index], index);
  const { idempotencyPrefix: prefix, receipt } = options;
  if (receipt !== undefined && prefix === undefined) {
    throw new SendAllInputError('invalid_option', null, 'receipt needs the idempotencyPrefix of the job it came from.');
  }
  const plan =
    prefix === undefined
      ? planInOrder(emails, internals.cap)
      : await planBuckets(emails, prefix, options.buckets ?? DEFAULT_BUCKETS, receipt, internals.cap);
  const observer = observerOf(resend);
  if (observer?.pending) await observer.pending;
  const trace = observer?.beginRun('sendAll', emails.length);
  const run = new Run(resend, emails, options, plan, internals, trace);
  try {
    await run.start();
    return run.finish();
  } finally {
    // Also when `finish` throws for what onProgress threw: a run never ended would stay in the observer,
    // its span open, for as long as the client lives.
    if (observer && trace) observer.endRun(trace, { sent: run.sent, failed: run.failed, notSent: run.notSent });
  }
}
