/**
 * One worker process of the `queue` suite (forked by queue.ts, job in QUEUE_JOB): connects, says
 * `ready`, and on `go` starts an email worker on the queue whose client shares its limit through
 * `@resendkit/redis`; on `stop` it closes gracefully and exits.
 */
import { createEmailWorker } from '@resendkit/bullmq';
import { createResendClient } from '@resendkit/client';
import { redisRateLimitStore } from '@resendkit/redis';
import { Redis } from 'ioredis';

/** What the parent asks. */
export interface QueueJob {
  redisUrl: string;
  baseUrl: string;
  queue: string;
  limit: number;
  windowMs: number;
  lockDuration: number;
  stalledInterval: number;
}

const job = JSON.parse(process.env.QUEUE_JOB ?? '{}') as QueueJob;
const url = new URL(job.redisUrl);
const connection = { host: url.hostname, port: Number(url.port), maxRetriesPerRequest: null };
const limits = new Redis(job.redisUrl);
limits.on('error', (error: Error) => console.error(`queue worker: redis: ${error.message}`));
const client = createResendClient({
  apiKey: 're_bench_0123456789abcdef',
  baseUrl: job.baseUrl,
  rateLimit: {
    limit: job.limit,
    windowMs: job.windowMs,
    store: redisRateLimitStore(limits, { key: `limit:${job.queue}` }),
  },
});
await new Promise<void>((resolve) => {
  process.once('message', () => resolve());
  process.send?.('ready');
});
const worker = createEmailWorker({
  connection,
  client,
  name: job.queue,
  worker: { lockDuration: job.lockDuration, stalledInterval: job.stalledInterval, maxStalledCount: 5 },
});
worker.on('error', (error) => console.error(`queue worker: ${String(error)}`));
process.once('message', () => {
  void worker.close().then(() => {
    limits.disconnect();
    process.exit(0);
  });
});
