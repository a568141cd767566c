/**
 * Sends the jobs a worker holds: up to 100 at a time through one `POST /emails/batch` (permissive
 * validation, an idempotency key derived from the members), the others one by one with their own
 * key, all in the limiter's bulk lane. Before a batch goes out, its members and body are recorded
 * in Redis (one script), so a job that comes back after a crash is sent again in the same batch, with
 * the same key and bytes: Resend replays it instead of sending the emails twice. A batch's answer is
 * recorded too, so jobs of an answered batch that come back (in several pieces, after a worker died
 * before completing them) are settled from it without another request.
 */
import type { Job } from 'bullmq';
import { canonicalJson, sleep } from '@resendkit/client/shared';
import type { BatchInput, EmailInput, ResendClient, SendEmailRequest } from '@resendkit/client';
import { type EmailJobData, type EmailJobResult, isEmailObject } from './queue.js';
import { batchKeyOf, fingerprintOf, recordKeys } from './keys.js';
import { type Outcome, outcomeOfError, refusedForItsBody } from './outcome.js';

/** Most emails in one `POST /emails/batch`. */
export const BATCH_SIZE = 100;
/**
 * Most bytes of email JSON in one batch. The API takes at most 40 MB in one request (a larger one is
 * refused whole, 413, for no email's fault); the rest is room for the array, the names the client
 * renames and the headers.
 */
export const BATCH_BYTES = 38 * 1024 * 1024;
/** How long batch records live: Resend keeps idempotency keys for 24 hours. */
const RECORD_TTL_S = 86_400;
/** Longest wait for another worker's replay of a batch (its slot wait plus its round trip). */
const REPLAY_CLAIM_MS = 15_000;
/** How often a worker waiting for another's replay looks for its answer. */
const REPLAY_POLL_MS = 50;

/** The Redis commands used (an ioredis client: BullMQ's own). */
export interface RecordStore {
  mget(...keys: string[]): Promise<(string | null)[]>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ex: 'EX', seconds: number): Promise<unknown>;
  set(key: string, value: string, px: 'PX', ms: number, nx: 'NX'): Promise<'OK' | null>;
  set(key: string, value: string, ex: 'EX', seconds: number, nx: 'NX'): Promise<'OK' | null>;
  del(key: string): Promise<unknown>;
  eval(script: string, keyCount: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
}

/**
 * Claims a batch: KEYS are its record, then its members' assignments; ARGV its key, its record's
 * text and the TTL. Every member is assigned to it, and the record written, only if none is assigned
 * yet: a job BullMQ handed to another worker too (its wait list holding the id twice after a Redis
 * restart, or its lock lapsed) may have gone into that worker's batch since it was looked up; sent
 * in this one too, it would go out twice. A failed claim writes nothing, so it neither leaves a
 * record of a batch never sent nor pushes the other batch's assignments past that batch's record
 * (an assignment naming a record that is gone holds its job: its claims fail until it expires).
 * The record outlives the assignments by a minute all the same: a worker of an older version, whose
 * failed claims still ran their EXPIREs, may share the queue while a fleet is upgraded.
 */
const CLAIM = `if redis.call('exists',unpack(KEYS,2))>0 then return end
for i=2,#KEYS do redis.call('set',KEYS[i],ARGV[1],'ex',ARGV[3]) end
return redis.call('set',KEYS[1],ARGV[2],'ex',ARGV[3]+60)`;

/** What the sender needs. */
export interface SendContext {
  client: ResendClient;
  redis: RecordStore;
  keys: ReturnType<typeof recordKeys>;
}

type EmailJob = Job<EmailJobData, EmailJobResult>;
/** A batch's jobs and their emails' JSON, made once: measured for the batch's size, then recorded. */
interface Chunk {
  jobs: EmailJob[];
  texts: string[];
}
interface BatchRecord {
  ids: string[];
  emails: SendEmailRequest[];
}
/** What a batch's answer said of each member, in the record's order. */
interface BatchAnswer {
  outcomes: Outcome[];
}

/**
 * The outcome of a job that holds no email (added to the BullMQ queue beneath by other code): it fails
 * alone and for good, where reading it would throw and stall every job of its batch.
 */
const NOT_AN_EMAIL: Outcome = {
  kind: 'failed',
  name: 'invalid_email',
  message: 'The job holds no email object: enqueue emails with add or addBulk.',
  final: true,
};

/**
 * A job enqueued again under its key with another email while the batch of the first lives: it is
 * not the job that batch sent, so neither its answer nor its replay is this one's (settled from it,
 * the job would be completed with an email it never sent; replayed, the first email would go out
 * in its stead). Resend refuses a key reused with another body so, and so does this.
 */
const KEY_REUSED: Outcome = {
  kind: 'failed',
  name: 'invalid_idempotent_request',
  message: 'This key was used for another email within 24 hours.',
  final: true,
};

/** The batch endpoint refuses attachments; scheduled emails keep their own key and go alone too. */
function batchable(email: SendEmailRequest): boolean {
  const e = email as { attachments?: unknown[]; scheduled_at?: unknown };
  return !(Array.isArray(e.attachments) && e.attachments.length > 0) && e.scheduled_at === undefined;
}

/**
 * Sends `jobs` (held by this worker) and says what became of each, by job id. A batch record in Redis
 * that is not as this package wrote it fails its jobs alone, as `unreadable_record`; an unreadable
 * answer is replayed. Neither rejects, which would hold every job collected with them until stalled.
 */
export async function sendJobs(
  jobs: readonly EmailJob[],
  ctx: SendContext,
  again = false,
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const assigned = await ctx.redis.mget(...jobs.map((j) => ctx.keys.assigned(j.id as string)));
  const replays = new Map<string, EmailJob[]>();
  const fresh: EmailJob[] = [];
  const singles: EmailJob[] = [];
  const sentAlone: EmailJob[] = [];
  jobs.forEach((job, i) => {
    const key = assigned[i];
    if (!isEmailObject(job.data?.email)) outcomes.set(job.id as string, NOT_AN_EMAIL);
    else if (key?.startsWith(SENT_ALONE))
      key === aloneMark(job) ? sentAlone.push(job) : outcomes.set(job.id as string, KEY_REUSED);
    else if (key) replays.set(key, [...(replays.get(key) ?? []), job]);
    else if (batchable(job.data.email)) fresh.push(job);
    else singles.push(job);
  });
  const work: Promise<void>[] = [];
  for (const [key, held] of replays) work.push(replay(key, held, ctx, outcomes, fresh));
  await Promise.all(work);
  await Promise.all([
    ...batchesOf(fresh).map((chunk) => sendFresh(chunk, ctx, outcomes, again)),
    ...singles.map((job) => sendAlone(job, ctx, outcomes, again)),
    // Sent alone before (the worker died, or the answer was lost): again under its key, which Resend replays.
    ...sentAlone.map((job) => sendSingle(job, ctx, outcomes)),
  ]);
  return outcomes;
}

/**
 * `jobs` in batches of at most {@link BATCH_SIZE} emails and {@link BATCH_BYTES} bytes of their JSON
 * (a comma after each), in order.
 */
function batchesOf(jobs: readonly EmailJob[]): Chunk[] {
  const batches: Chunk[] = [];
  let batch: Chunk = { jobs: [], texts: [] };
  let bytes = 0;
  for (const job of jobs) {
    const text = JSON.stringify(job.data.email);
    const size = Buffer.byteLength(text) + 1;
    if (batch.jobs.length === BATCH_SIZE || (batch.jobs.length > 0 && bytes + size > BATCH_BYTES)) {
      batches.push(batch);
      batch = { jobs: [], texts: [] };
      bytes = 0;
    }
    batch.jobs.push(job);
    batch.texts.push(text);
    bytes += size;
  }
  if (batch.jobs.length > 0) batches.push(batch);
  return batches;
}

/**
 * What a job's assignment holds once its email went out alone, under the job's own key: the email's
 * fingerprint. A job enqueued again under the key with another email is refused as one whose first
 * email went in a batch is (`KEY_REUSED`): in a batch it would go under the batch's key, where
 * Resend could not see the reuse, and both emails would go out.
 */
const SENT_ALONE = 'alone/';
const aloneMark = (job: EmailJob) => `${SENT_ALONE}${fingerprintOf(job.data.email)}`;

/** Assigns `job` to going alone (only if nothing is assigned yet), then sends it; else looks it up again, once. */
async function sendAlone(job: EmailJob, ctx: SendContext, outcomes: Map<string, Outcome>, again: boolean) {
  const id = job.id as string;
  if ((await ctx.redis.set(ctx.keys.assigned(id), aloneMark(job), 'EX', RECORD_TTL_S, 'NX')) !== null)
    return sendSingle(job, ctx, outcomes);
  // Assigned since it was looked up (another worker holds it too): as that assignment says.
  if (!again) for (const [held, outcome] of await sendJobs([job], ctx, true)) outcomes.set(held, outcome);
}

async function sendFresh(chunk: Chunk, ctx: SendContext, outcomes: Map<string, Outcome>, again: boolean) {
  const { jobs, texts } = chunk;
  const record: BatchRecord = { ids: jobs.map((j) => j.id as string), emails: jobs.map((j) => j.data.email) };
  const key = batchKeyOf(record.ids);
  // JSON.stringify(record), from the JSON the batch was sized by (a large batch is tens of MB).
  const text = `{"ids":${JSON.stringify(record.ids)},"emails":[${texts.join()}]}`;
  const assigned = record.ids.map((id) => ctx.keys.assigned(id));
  const claimed = await ctx.redis.eval(
    CLAIM,
    assigned.length + 1,
    ctx.keys.batch(key),
    ...assigned,
    key,
    text,
    RECORD_TTL_S,
  );
  if (!claimed) {
    // Looked up again: those now assigned replay that batch, the others go in a batch of their own.
    // Once only: then, with no outcome, the worker fails them as `not_sent`, to be tried again.
    if (!again) for (const [id, outcome] of await sendJobs(jobs, ctx, true)) outcomes.set(id, outcome);
    return;
  }
  await sendBatch(key, record, jobs, ctx, outcomes);
}

// A job that went out in a recorded batch: the same batch again, with the same key and body.
async function replay(
  key: string,
  held: EmailJob[],
  ctx: SendContext,
  outcomes: Map<string, Outcome>,
  fresh: EmailJob[],
): Promise<void> {
  const [text = null, answer = null] = await ctx.redis.mget(ctx.keys.batch(key), ctx.keys.answer(key));
  if (text === null) {
    // The record expired (over a day old): Resend no longer knows the key either.
    fresh.push(...held);
    return;
  }
  const record = readRecord(text, held);
  if (!record) {
    // Without the body that went out, a replay is no longer the same request under the key, and any
    // other sending may send the emails twice: they fail for good, named, to be looked into. Retries
    // would meet the same record for up to a day, then send again once it expires.
    const outcome: Outcome = {
      kind: 'failed',
      name: 'unreadable_record',
      message: `${ctx.keys.batch(key)} holds no record of this job: it may have been sent.`,
      final: true,
    };
    for (const job of held) outcomes.set(job.id as string, outcome);
    return;
  }
  const same: EmailJob[] = [];
  for (const job of held) {
    const sent = record.emails[record.ids.indexOf(job.id as string)];
    if (canonicalJson(sent) === canonicalJson(job.data.email)) same.push(job);
    else outcomes.set(job.id as string, KEY_REUSED);
  }
  if (same.length === 0) return;
  const ids = new Set(same.map((j) => j.id as string));
  // An unreadable answer is a lost one: the replay below sends the recorded body under its key again.
  const count = record.ids.length;
  const said = readAnswer(answer, count) ?? (await answerOfOtherReplay(key, ctx, count));
  if (!said) return replayAlone(key, record, same, ctx, outcomes);
  // Answered before: the same answer, without a request (each costs a slot of the rate limit).
  record.ids.forEach((id, i) => ids.has(id) && outcomes.set(id, said[i] as Outcome));
}

/**
 * `text` as JSON if `valid` holds for it, else `undefined`: a record may have been changed by hand or
 * cut short. `valid` may throw (reading a field of `null`, calling `every` on text) for "no".
 */
function recorded<T>(text: string | null, valid: (value: any) => boolean): T | undefined {
  try {
    const value = JSON.parse(text as string);
    return valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The batch record in `text` if it is one as {@link sendFresh} writes it, listing every job `held`. */
const readRecord = (text: string, held: readonly EmailJob[]) =>
  recorded<BatchRecord>(
    text,
    ({ ids, emails }) =>
      Array.isArray(ids) &&
      emails.length === ids.length &&
      emails.every(isEmailObject) &&
      held.every((job) => ids.includes(job.id)),
  );

/** The outcomes of the answer in `text` if it is one as {@link sendBatch} writes it: one per member. */
const readAnswer = (text: string | null, count: number) =>
  recorded<BatchAnswer>(
    text,
    ({ outcomes }) =>
      outcomes.length === count &&
      outcomes.every((o: Outcome) => (o.kind === 'sent' ? typeof o.id === 'string' : o.kind === 'failed')),
  )?.outcomes;

/**
 * The jobs of one batch may come back split between workers, which would each replay it (a request,
 * a slot, per piece). The first to claim the replay sends it; the others wait for its answer, at most
 * {@link REPLAY_CLAIM_MS}, then send it themselves (still safe: same key, same bytes). `undefined`
 * when this worker holds the claim (or the wait ran out): it must send.
 */
async function answerOfOtherReplay(key: string, ctx: SendContext, count: number): Promise<Outcome[] | undefined> {
  // A duration, so on the monotonic clock: a wall clock jumping forward would end the wait at once
  // and send the batch a second time beside the claimer's request.
  const deadline = performance.now() + REPLAY_CLAIM_MS;
  while (performance.now() < deadline) {
    if ((await ctx.redis.set(ctx.keys.replaying(key), '1', 'PX', REPLAY_CLAIM_MS, 'NX')) !== null) return;
    await sleep(REPLAY_POLL_MS);
    const answer = readAnswer(await ctx.redis.get(ctx.keys.answer(key)), count);
    if (answer) return answer;
  }
}

async function replayAlone(
  key: string,
  record: BatchRecord,
  held: readonly EmailJob[],
  ctx: SendContext,
  outcomes: Map<string, Outcome>,
): Promise<void> {
  try {
    await sendBatch(key, record, held, ctx, outcomes);
  } finally {
    // Answered or failed: a waiting worker reads the answer, or claims the replay and sends.
    await ctx.redis.del(ctx.keys.replaying(key)).catch(() => undefined);
  }
}

/** Sends the batch of `record` under `key` and settles the members of it this worker `held`. */
async function sendBatch(
  key: string,
  record: BatchRecord,
  held: readonly EmailJob[],
  ctx: SendContext,
  outcomes: Map<string, Outcome>,
): Promise<void> {
  const result = await ctx.client.batch.send(record.emails as BatchInput<SendEmailRequest[]>, {
    idempotencyKey: key,
    headers: { 'x-batch-validation': 'permissive' },
    priority: 'bulk',
  });
  const ids = new Set(held.map((job) => job.id as string));
  const settle = (index: number, outcome: Outcome) => {
    const id = record.ids[index] as string;
    if (ids.has(id)) outcomes.set(id, outcome);
  };
  if (result.error) {
    // Nothing of it was sent: each email goes alone, under its own key (so that a replay of this
    // batch, refused again, sends each at most once), and only the one at fault fails.
    if (record.ids.length > 1 && refusedForItsBody(result.error)) {
      await Promise.all(held.map((job) => sendSingle(job, ctx, outcomes)));
      return;
    }
    const outcome = outcomeOfError(result.error, result.response);
    record.ids.forEach((_, i) => settle(i, outcome));
    return;
  }
  const answer: BatchAnswer = { outcomes: answerOutcomes(record.ids.length, result.data) };
  // Lost with Redis, the answer is only asked for again (a replay, under the same key).
  await ctx.redis.set(ctx.keys.answer(key), JSON.stringify(answer), 'EX', RECORD_TTL_S).catch(() => undefined);
  answer.outcomes.forEach((outcome, i) => settle(i, outcome));
}

/** Each member's outcome, in order, from a batch's 200 answer (permissive: some may be refused). */
function answerOutcomes(count: number, data: unknown): Outcome[] {
  const body = data as { data?: { id?: string }[]; errors?: { index: number; message?: string }[] };
  const failures = new Map((body.errors ?? []).map((e) => [e.index, e.message ?? 'Rejected.']));
  let next = 0;
  return Array.from({ length: count }, (_, i): Outcome => {
    const failure = failures.get(i);
    if (failure !== undefined) return { kind: 'failed', name: 'validation_error', message: failure, final: true };
    const id = body.data?.[next++]?.id;
    return typeof id === 'string'
      ? { kind: 'sent', id }
      : {
          kind: 'failed',
          name: 'invalid_response',
          message: 'The batch answer had no id for this email.',
          final: true,
        };
  });
}

async function sendSingle(job: EmailJob, ctx: SendContext, outcomes: Map<string, Outcome>): Promise<void> {
  // Enqueued emails were checked as API bodies; the body's content was required when it was added.
  const result = await ctx.client.emails.send(job.data.email as EmailInput<SendEmailRequest>, {
    idempotencyKey: job.data.key ?? `bullmq/${job.id as string}`,
    priority: 'bulk',
  });
  const id = (result.data as { id?: string } | undefined)?.id;
  outcomes.set(
    job.id as string,
    result.error
      ? outcomeOfError(result.error, result.response)
      : typeof id === 'string'
        ? { kind: 'sent', id }
        : { kind: 'failed', name: 'invalid_response', message: 'No id in the answer.', final: true },
  );
}
