/**
 * `@resendkit/bullmq` under load: 10,000 emails enqueued, then drained by 4 worker processes sharing
 * one limit through `@resendkit/redis`, against the fake enforcing Resend's window; then the same
 * with one worker SIGKILLed halfway and a new one started. Figures: drain time, 429s, duplicates
 * and missing emails (by subject, as the fake stored them), requests made.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type EmailQueue, createEmailQueue } from '@resendkit/bullmq';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import type { QueueJob } from './queue-worker.js';
import { testRedis } from '../../packages/redis/test/support/redis-server.js';
import { round } from './stats.js';

/** Parameters of {@link measureQueue}. */
export interface QueueConfig {
  emails: number;
  workers: number;
  /** The fake's (and the limiter's) requests per window, and the window in ms. */
  limit: number;
  windowMs: number;
  /** BullMQ lock and stalled-check periods: a killed worker's jobs return within about their sum. */
  lockDuration: number;
  stalledInterval: number;
}

/** One drain's figures. */
export interface QueueRun {
  drainMs: number;
  requests: number;
  rateLimited: number;
  duplicates: number;
  missing: number;
}

/** The suite's figures. */
export interface QueueResult {
  enqueueMs: number;
  plain: QueueRun;
  killed: QueueRun;
}

const WORKER = fileURLToPath(new URL('./queue-worker.ts', import.meta.url));

function forkWorker(job: QueueJob): { child: ChildProcess; ready: Promise<void> } {
  const child = fork(WORKER, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, QUEUE_JOB: JSON.stringify(job) },
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`queue worker exited (${code}) before ready`)));
  });
  return { child, ready };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A worker process and the promise of its first message. */
type ForkedWorker = ReturnType<typeof forkWorker>;

/** Enqueues `count` emails, 1,000 a round trip, subjects `#0`, `#1`…; resolves with the ms it took. */
async function enqueue(queue: EmailQueue, count: number): Promise<number> {
  const enqueued = performance.now();
  for (let i = 0; i < count; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, count - i) }, (_, j) => ({
        email: {
          from: 'Acme <news@acme.dev>',
          to: `delivered+reader${i + j}@resend.dev`,
          subject: `#${i + j}`,
          text: 'This month at Acme.',
        },
      })),
    );
  }
  return performance.now() - enqueued;
}

/**
 * Starts the workers and waits until `count` jobs completed; with `kill`, SIGKILLs the first worker
 * halfway and starts a replacement (added to `workers`). Resolves with the ms the drain took.
 */
async function awaitDrain(
  queue: EmailQueue,
  workers: ForkedWorker[],
  job: QueueJob,
  count: number,
  kill: boolean,
): Promise<number> {
  await Promise.all(workers.map((w) => w.ready));
  const began = performance.now();
  for (const w of workers) w.child.send('go');
  let killed = !kill;
  for (;;) {
    const completed = await queue.queue.getCompletedCount();
    if (completed >= count) break;
    if (!killed && completed >= count / 2) {
      killed = true;
      workers[0]?.child.kill('SIGKILL');
      const replacement = forkWorker(job);
      workers.push(replacement);
      void replacement.ready.then(() => replacement.child.send('go'));
    }
    await sleep(50);
  }
  return performance.now() - began;
}

/** Duplicates and missing emails among the subjects the fake stored, against `#0` … `#count-1`. */
function tally(emails: Iterable<{ subject: string }>, count: number): { duplicates: number; missing: number } {
  const seen = new Map<string, number>();
  for (const email of emails) seen.set(email.subject, (seen.get(email.subject) ?? 0) + 1);
  let duplicates = 0;
  for (const n of seen.values()) duplicates += n - 1;
  let missing = 0;
  for (let i = 0; i < count; i++) if (!seen.has(`#${i}`)) missing++;
  return { duplicates, missing };
}

/** Tells every live worker to stop and waits for each to exit. */
async function stopWorkers(workers: readonly ForkedWorker[]): Promise<void> {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.send('stop');
  await Promise.all(
    workers.map((w) =>
      w.child.exitCode === null && w.child.signalCode === null
        ? new Promise((r) => w.child.once('exit', r))
        : undefined,
    ),
  );
}

async function drain(config: QueueConfig, redisUrl: string, kill: boolean): Promise<QueueRun & { enqueueMs: number }> {
  const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: config.limit, windowMs: config.windowMs });
  const http = await listen(fake);
  const url = new URL(redisUrl);
  const name = `bench-${randomUUID()}`;
  const queue = createEmailQueue({ connection: { host: url.hostname, port: Number(url.port) }, name });
  const job: QueueJob = {
    redisUrl,
    baseUrl: http.url,
    queue: name,
    limit: config.limit,
    windowMs: config.windowMs,
    lockDuration: config.lockDuration,
    stalledInterval: config.stalledInterval,
  };
  const workers = Array.from({ length: config.workers }, () => forkWorker(job));
  try {
    const enqueueMs = await enqueue(queue, config.emails);
    const drainMs = await awaitDrain(queue, workers, job, config.emails, kill);
    return {
      enqueueMs,
      drainMs: round(drainMs, 0),
      requests: fake.state.counters.requests,
      rateLimited: fake.state.counters.rateLimited,
      ...tally(fake.state.emails, config.emails),
    };
  } finally {
    await stopWorkers(workers);
    await queue.close();
    await http.close();
  }
}

/** Runs the plain drain, then the one with a worker killed halfway, on one Redis. */
export async function measureQueue(config: QueueConfig): Promise<QueueResult> {
  const redis = await testRedis();
  try {
    const { enqueueMs, ...plain } = await drain(config, redis.url, false);
    const { enqueueMs: _, ...killed } = await drain(config, redis.url, true);
    return { enqueueMs: round(enqueueMs, 0), plain, killed };
  } finally {
    await redis.stop();
  }
}
