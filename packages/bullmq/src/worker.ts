/**
 * `createEmailWorker`: a BullMQ Worker that drains the email queue 100 jobs at a time. BullMQ's open
 * source Worker hands its processor one job per call, so this one runs BullMQ's manual mode: each
 * loop takes a job (waiting for one), then up to 99 more that are already waiting
 * (`getNextJob`), sends them, and moves each job to completed, failed, waiting or delayed with its
 * lock token. Locks are extended while a batch is in flight; BullMQ's stalled-job check returns the
 * jobs of a worker that died, and their retry is a replay (see send.ts).
 */
import { randomUUID } from 'node:crypto';
import { type ConnectionOptions, type Job, UnrecoverableError, Worker, type WorkerOptions } from 'bullmq';
import type { ResendClient } from '@resendkit/client';
import { sleep } from '@resendkit/client/shared';
import { recordKeys } from './keys.js';
import { checkKind, checkNumber, checkQueueOptions, fail, kindOf } from './options.js';
import type { Outcome } from './outcome.js';
import type { EmailJobData, EmailJobResult } from './queue.js';
import { BATCH_SIZE, type RecordStore, type SendContext, sendJobs } from './send.js';

/** Options of {@link createEmailWorker}. */
export interface EmailWorkerOptions {
  /** BullMQ's connection: ioredis options or an ioredis instance. */
  connection: ConnectionOptions;
  /** The client that sends (its limiter paces the worker; share it through `@resendkit/redis` across processes). */
  client: ResendClient;
  /** @defaultValue `resend-emails` */
  name?: string;
  /**
   * Batches in flight at once in this process. Each holds its slot of the limit for a window plus
   * its round trip, so fewer than the limit leave slots unused. @defaultValue the client's limit (5 without a limiter)
   */
  concurrency?: number;
  /** Other BullMQ worker options (`lockDuration`, `stalledInterval`, `prefix`…). */
  worker?: Omit<WorkerOptions, 'connection' | 'autorun' | 'concurrency'>;
}

/**
 * Every option `createEmailWorker` reads (`test/options.test.ts` holds it to {@link EmailWorkerOptions});
 * the names inside `worker` are BullMQ's, handed on to it unchecked.
 */
export const WORKER_OPTION_NAMES = [
  'connection',
  'client',
  'name',
  'concurrency',
  'worker',
] as const satisfies readonly (keyof EmailWorkerOptions)[];

type EmailJob = Job<EmailJobData, EmailJobResult>;

/**
 * A limiter that never limits by count. BullMQ honours a queue's rate limit (`setRateLimit`, set on a
 * 429) only in workers that have a limiter: without one, the jobs a 429 put back to waiting would be
 * taken again at once and meet the next 429, however long `retry-after` asked to wait. (`max` is
 * `Number.MAX_SAFE_INTEGER`, written as a number: a few bytes fewer in the bundle.)
 */
const PAUSE_ONLY = { max: 2 ** 53 - 1, duration: 1 };

/**
 * How many times a job may come back from a dead worker before BullMQ fails it. BullMQ's own default
 * (1) suits work that may not run twice; a batch that went out is replayed under its key, not sent
 * again, so a job is given back through a few deaths of its workers (a rolling deploy killing workers
 * mid-batch twice would otherwise fail 100 unsent emails), while an email that kills every worker
 * that takes it still fails, after five.
 */
const MAX_STALLED_COUNT = 5;

/** `options` less the entries set to `undefined`, which take their defaults, as this package's own options do. */
const definedOnly = (options = {}) =>
  Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));

/** Waits `ms`, or less once `signal` aborts: a closing worker has nothing left to wait for. */
const rest = (ms: number, signal: AbortSignal) => sleep(ms, signal, 'resolve');

/**
 * A BullMQ Worker sending the queue's emails through `client`, up to 100 per `POST /emails/batch`.
 * `worker.close()` lets the batches in flight finish first (an idle worker closes at once, not after
 * its wait for a job); so does `worker.pause()`, unless `pause(true)`, and `worker.resume()` takes
 * jobs again. Progress: BullMQ's `completed` and `failed` events (on this worker and on
 * `QueueEvents`).
 * @throws {@link EmailQueueError} `invalid_option` for an option it does not know, or of the wrong
 * kind or out of range.
 */
export function createEmailWorker(options: EmailWorkerOptions): Worker<EmailJobData, EmailJobResult> {
  const example = 'createEmailWorker({ connection, client: createResendClient() })';
  const name = checkQueueOptions(options, 'createEmailWorker', WORKER_OPTION_NAMES, example);
  const { client, worker: bull } = options;
  if (typeof client?.batch?.send !== 'function' || typeof client.emails?.send !== 'function')
    throw fail(`client must be a ResendClient: ${example} (got ${kindOf(client)}).`);
  const concurrency = checkNumber(options.concurrency, Math.min(100, client.limiter?.limit ?? 5), 'concurrency', {
    min: 1,
    max: 100,
    integer: true,
  });
  checkBullOptions(bull);
  const worker = new Worker<EmailJobData, EmailJobResult>(name, null, {
    drainDelay: 1,
    limiter: PAUSE_ONLY,
    maxStalledCount: MAX_STALLED_COUNT,
    // Unset ones left out: spread as they are, they replace the defaults (`lockDuration: undefined`
    // left a worker that never sent, BullMQ's scripts refusing the missing number).
    ...definedOnly(bull),
    connection: options.connection,
    autorun: false,
  });
  // Aborted by close(): the loops stop taking jobs, and stop waiting between attempts.
  const stop = new AbortController();
  const loops: Promise<void>[] = [];
  // One loop collects at a time, so batches fill up to 100 instead of splitting the waiting jobs;
  // `busy` holds each loop's turn (a collect and its batch) while it runs, for pause() to wait for.
  const shared: Shared = { turn: Promise.resolve(), busy: new Set() };
  const start = async () => {
    const redis = (await worker.getBackend().client) as unknown as RecordStore;
    // Closed while the connection was being made: nothing may start on a closing worker.
    if (stop.signal.aborted) return;
    const ctx: SendContext = { client, redis, keys: recordKeys(worker.opts.prefix ?? 'bull', name) };
    // Running, as BullMQ's own loop marks its worker: resume() restarts the stalled check pause()
    // stopped only in a running worker (a resumed one never took back the jobs of a dead worker).
    (worker as unknown as { running: boolean }).running = true;
    void worker.startStalledCheckTimer();
    for (let i = 0; i < concurrency; i++) loops.push(loop(worker, ctx, shared, stop.signal));
  };
  // A connection ended by close() is no error of the worker's.
  void start().catch((error: unknown) => void (stop.signal.aborted || worker.emit('error', error as Error)));
  closeAfterLoops(worker, loops, stop);
  pauseAfterBatches(worker, shared.busy);
  return worker;
}

/**
 * Makes `worker.close()` stop the loops and let BullMQ's close wait for them (unless `force`) before
 * it closes the Redis connections: the batches in flight need them to settle their jobs. As BullMQ
 * does for its own loop, the blocking connection is closed first, so that a loop waiting for a job
 * (a BZPOPMIN of up to `drainDelay`) gets none at once instead of holding close() up to a second;
 * a job it took just before still goes out, the main connection being open. Doing that from inside
 * BullMQ's close, once `worker.closing` is set, matters: BullMQ then gives up the interrupted wait
 * instead of reconnecting and retrying it 100 ms later. `close(true)` during the wait ends it.
 */
function closeAfterLoops(worker: Worker<EmailJobData, EmailJobResult>, loops: Promise<void>[], stop: AbortController) {
  const backend = worker.getBackend();
  const closeBackend = backend.close.bind(backend);
  const forced = new AbortController();
  backend.close = async (force = false) => {
    // No loops yet: start() still waits for a Redis that may never answer, and so would a disconnect.
    if (!force && !forced.signal.aborted && loops.length > 0) {
      const ended = backend
        .disconnectBlocking(true)
        .catch(() => undefined)
        .then(() => Promise.all(loops));
      // No timer: one would hold the process open after close() returned.
      const forcing = new Promise((resolve) => forced.signal.addEventListener('abort', resolve, { once: true }));
      await Promise.race([ended, forcing]);
    }
    return closeBackend(force || forced.signal.aborted);
  };
  const close = worker.close.bind(worker);
  worker.close = async (force = false) => {
    stop.abort();
    if (force) forced.abort();
    await close(force);
    // BullMQ's own loop clears this when it ends; these loops are done once close() resolves.
    (worker as unknown as { running: boolean }).running = false;
  };
}

/**
 * Makes `worker.pause()` resolve once the loops' turns under way settled, as BullMQ's pause waits
 * for its own loop (which these loops replace): no email is in flight and no job active once it
 * resolves (before `queue.obliterate()`, a deploy step). BullMQ's pause marks the worker paused, so
 * that no loop takes a job after it; `pause(true)` resolves then. A loop waiting for a job (up to
 * `drainDelay`) may still take one when its wait ends, so, as BullMQ does, the blocking connection
 * is cut to end that wait at once, and made again for resume() (not while closing: close() ends it).
 */
function pauseAfterBatches(worker: Worker<EmailJobData, EmailJobResult>, busy: Set<Promise<unknown>>) {
  const backend = worker.getBackend();
  const pause = worker.pause.bind(worker);
  worker.pause = async (doNotWaitActive) => {
    await pause(true);
    // No turn under way (none yet, when Redis was never reached): cutting the connection would wait for it.
    if (doNotWaitActive || !busy.size) return;
    // Errors here are the connection's: the loops report theirs, and BullMQ remakes a lost one.
    await backend.disconnectBlocking().catch(() => undefined);
    await Promise.all(busy);
    if (!worker.closing) await backend.reconnectBlocking().catch(() => undefined);
  };
}

/**
 * The BullMQ options this package reads itself (`prefix` names its Redis keys, `lockDuration` times
 * their extension), and those it sets itself, which would otherwise be dropped without a word.
 */
function checkBullOptions(bull: Partial<WorkerOptions> | undefined): void {
  checkKind(bull, 'worker', ['object']);
  for (const own of ['connection', 'autorun', 'concurrency'] as const)
    if (bull?.[own] !== undefined)
      throw fail(`worker.${own} is set by createEmailWorker: pass connection and concurrency beside worker.`);
  checkKind(bull?.prefix, 'worker.prefix', ['string']);
  checkNumber(bull?.lockDuration, 30_000, 'worker.lockDuration', { min: 1, integer: true });
}

/** Takes one job (waiting for it), then up to 99 more that are already waiting. */
async function collect(
  worker: Worker<EmailJobData, EmailJobResult>,
  token: string,
  stop: AbortSignal,
): Promise<EmailJob[]> {
  // Loops queued for their turn while the worker closes take nothing (each would block a drainDelay).
  if (stop.aborted || worker.closing) return [];
  const first = await worker.getNextJob(token, { block: true });
  if (!first) return [];
  const jobs = new Map<string, EmailJob>([[first.id as string, first]]);
  while (jobs.size < BATCH_SIZE) {
    const next = await worker.getNextJob(token, { block: false });
    if (!next) break;
    // After a Redis restart the wait list can hold a job id twice: one batch must hold it once,
    // or its email would go out twice in the same request.
    jobs.set(next.id as string, next);
  }
  return [...jobs.values()];
}

/**
 * `jobs` less those BullMQ gave up on, each moved to failed with BullMQ's reason and no retry: a job
 * that stalled more than `maxStalledCount` times (BullMQ marks it and leaves the failing to the worker
 * that takes it next, which a worker running its own loop must do itself) or was started more than
 * `maxStartedAttempts` times.
 */
async function failGivenUp(worker: Worker<EmailJobData, EmailJobResult>, jobs: EmailJob[], token: string) {
  const maxStarted = worker.opts.maxStartedAttempts;
  const kept: EmailJob[] = [];
  const failing: Promise<void>[] = [];
  for (const job of jobs) {
    const reason =
      job.deferredFailure ||
      (maxStarted !== undefined && job.attemptsStarted > maxStarted ? 'job started more than allowable limit' : '');
    if (reason === '') kept.push(job);
    else failing.push(failJob(worker, job, token, new UnrecoverableError(reason)));
  }
  await Promise.all(failing);
  return kept;
}

/** Moves `job` to failed with `error` (retried by BullMQ unless unrecoverable) and tells the worker's listeners. */
async function failJob(worker: Worker<EmailJobData, EmailJobResult>, job: EmailJob, token: string, error: Error) {
  await job.moveToFailed(error, token, false);
  worker.emit('failed', job, error, 'active');
}

/** What the loops share: the collect under way (one at a time) and every loop's turn under way. */
interface Shared {
  turn: Promise<unknown>;
  busy: Set<Promise<unknown>>;
}

async function loop(
  worker: Worker<EmailJobData, EmailJobResult>,
  ctx: SendContext,
  shared: Shared,
  stop: AbortSignal,
): Promise<void> {
  while (!stop.aborted && !worker.closing) {
    const turn = takeTurn(worker, ctx, shared, stop);
    shared.busy.add(turn);
    const restMs = await turn;
    shared.busy.delete(turn);
    if (restMs) await rest(restMs, stop);
  }
}

/** Collects a batch and sends it; resolves with the ms to rest before the next turn (outside the turn, which pause() waits for). */
async function takeTurn(
  worker: Worker<EmailJobData, EmailJobResult>,
  ctx: SendContext,
  shared: Shared,
  stop: AbortSignal,
): Promise<number> {
  const token = randomUUID();
  try {
    const mine = shared.turn.then(() => collect(worker, token, stop));
    shared.turn = mine.catch(() => undefined);
    const jobs = await failGivenUp(worker, await mine, token);
    if (jobs.length === 0) return 50;
    await withLocks(worker, jobs, token, async () => settle(worker, jobs, token, await sendJobs(jobs, ctx)));
    return 0;
  } catch (error) {
    // Redis or the worker closing under us: the jobs' locks lapse and the stalled check returns them.
    if (!worker.closing) worker.emit('error', error as Error);
    return 100;
  }
}

/** Runs `work` while extending the jobs' locks every half `lockDuration`. */
async function withLocks<T>(worker: Worker, jobs: EmailJob[], token: string, work: () => Promise<T>): Promise<T> {
  const duration = worker.opts.lockDuration ?? 30_000;
  const timer = setInterval(
    () => {
      for (const job of jobs) void job.extendLock(token, duration).catch(() => undefined);
    },
    Math.max(100, duration / 2),
  );
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

async function settle(
  worker: Worker<EmailJobData, EmailJobResult>,
  jobs: EmailJob[],
  token: string,
  outcomes: Map<string, Outcome>,
): Promise<void> {
  const outcomeOf = (job: EmailJob): Outcome =>
    outcomes.get(job.id as string) ?? { kind: 'failed', name: 'not_sent', message: 'No outcome.', final: false };
  // A 429 the client could not absorb: every worker of the queue waits it out, no attempt spent. Set
  // before the jobs go back to waiting, or a worker blocked on the queue would take them at once.
  const pauseMs = Math.max(0, ...jobs.map(outcomeOf).map((o) => (o.kind === 'rate_limited' ? o.ms : 0)));
  if (pauseMs > 0) await worker.getBackend().setRateLimit(pauseMs);
  await Promise.all(
    jobs.map(async (job) => {
      const outcome = outcomeOf(job);
      if (outcome.kind === 'sent') {
        await job.moveToCompleted({ id: outcome.id }, token, false);
        worker.emit('completed', job, { id: outcome.id }, 'active');
      } else if (outcome.kind === 'failed') {
        const error = outcome.final
          ? new UnrecoverableError(`${outcome.name}: ${outcome.message}`)
          : new Error(`${outcome.name}: ${outcome.message}`);
        await failJob(worker, job, token, error);
      } else if (outcome.kind === 'rate_limited') {
        await job.moveToWait(token);
      } else {
        await job.moveToDelayed(outcome.until, token);
      }
    }),
  );
}
