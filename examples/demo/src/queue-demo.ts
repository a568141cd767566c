/**
 * `pnpm demo --queue [--workers N]`: enqueues DEMO_COUNT emails (default 1,000) on a BullMQ queue
 * (`@resendkit/bullmq`) and drains it with N worker processes (default 4) sharing one rate limit in
 * Redis, against the fake's local server. Redis: `REDIS_URL`, else a `redis-server` started here on
 * a free loopback port (as the tests do). Prints the 429s, duplicates and missing emails.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createEmailQueue } from '@resendkit/bullmq';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { testRedis } from '../../../packages/redis/test/support/redis-server.js';

/** What the parent asks each worker process. */
export interface QueueWorkerJob {
  redisUrl: string;
  baseUrl: string;
  queue: string;
}

const ENTRY = fileURLToPath(new URL('./queue-worker-process.ts', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startWorker(job: QueueWorkerJob): { child: ChildProcess; ready: Promise<void> } {
  const child = fork(ENTRY, [], { env: { ...process.env, DEMO_QUEUE_JOB: JSON.stringify(job) } });
  const ready = new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`queue worker exited (${code}) before it was ready`)));
  });
  return { child, ready };
}

/** The most emails `DEMO_COUNT` may ask the queue demo for. */
export const MAX_QUEUE_COUNT = 100_000;

/** `DEMO_COUNT`: how many emails to enqueue (default 1,000), or a message saying what is wrong. */
export function queueCount(env: NodeJS.ProcessEnv): number | string {
  const text = env.DEMO_COUNT?.trim();
  if (text === undefined || text === '') return 1000;
  const count = Number(text);
  return /^\d+$/.test(text) && count >= 1 && count <= MAX_QUEUE_COUNT
    ? count
    : `DEMO_COUNT must be a whole number from 1 to ${MAX_QUEUE_COUNT} (got "${text}").`;
}

/**
 * Runs the queue demo; resolves with the exit code: 0 only with 0 × 429 and every email once, 2 for
 * a bad `DEMO_COUNT` (nothing started).
 */
export async function runQueueDemo(workers: number, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const total = queueCount(env);
  if (typeof total === 'string') {
    console.error(total);
    return 2;
  }
  const redis = await testRedis();
  const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 5, windowMs: 1000 });
  const http = await listen(fake);
  const url = new URL(redis.url);
  const name = `demo-${randomUUID()}`;
  const queue = createEmailQueue({ connection: { host: url.hostname, port: Number(url.port) }, name });
  console.log(
    `${total} emails on a BullMQ queue, ${workers} worker processes, one limit in Redis at ${url.host}, against the fake (5 requests/s).`,
  );
  const started = Array.from({ length: workers }, () =>
    startWorker({ redisUrl: redis.url, baseUrl: http.url, queue: name }),
  );
  try {
    await queue.addBulk(
      Array.from({ length: total }, (_, i) => ({
        email: {
          from: 'Acme <news@acme.dev>',
          to: 'delivered@resend.dev',
          subject: `queued #${i + 1}`,
          text: 'Sent from a queue.',
        },
      })),
    );
    await Promise.all(started.map((w) => w.ready));
    const t0 = performance.now();
    for (const w of started) w.child.send('go');
    let completed = 0;
    while ((completed = await queue.queue.getCompletedCount()) < total) {
      if ((await queue.queue.getFailedCount()) > 0) break;
      await sleep(100);
    }
    const seconds = (performance.now() - t0) / 1000;
    const subjects = fake.state.emails.all().map((e) => e.subject);
    const duplicates = subjects.length - new Set(subjects).size;
    const missing = total - new Set(subjects).size;
    const rateLimited = fake.state.counters.rateLimited;
    console.log(
      `${completed} of ${total} jobs completed in ${seconds.toFixed(1)} s through ${fake.state.counters.requests} requests: ${rateLimited} × 429, ${duplicates} duplicates, ${missing} missing.`,
    );
    return completed === total && rateLimited === 0 && duplicates === 0 && missing === 0 ? 0 : 1;
  } finally {
    for (const w of started) if (w.child.exitCode === null) w.child.send('stop');
    await Promise.all(
      started.map((w) => (w.child.exitCode === null ? new Promise((r) => w.child.once('exit', r)) : undefined)),
    );
    await queue.close();
    await http.close();
    await redis.stop();
  }
}
