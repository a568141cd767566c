/**
 * A worker process for the crash tests (job in EMAIL_WORKER, JSON): an email worker on the queue
 * whose client shares its limit through `@resendkit/redis`. With `holdMs`, each response is held
 * that long after it arrived (the email is already stored by the fake): a kill then loses the answer
 * of a batch that went out. Prints `ready`; SIGTERM closes it gracefully.
 */
import { createResendClient } from '@resendkit/client';
import { redisRateLimitStore } from '@resendkit/redis';
import { Redis } from 'ioredis';
import { createEmailWorker } from '../../src/index.js';

interface Job {
  redisUrl: string;
  baseUrl: string;
  queue: string;
  limit: number;
  windowMs: number;
  holdMs?: number;
  lockDuration: number;
  stalledInterval: number;
  /** BullMQ's `maxStalledCount`; absent, the email worker's default. */
  maxStalledCount?: number;
}

const job = JSON.parse(process.env.EMAIL_WORKER ?? '{}') as Job;
const url = new URL(job.redisUrl);
const connection = { host: url.hostname, port: Number(url.port), maxRetriesPerRequest: null };
const limits = new Redis(job.redisUrl);
limits.on('error', () => {});
const client = createResendClient({
  apiKey: 're_test_0123456789abcdef',
  baseUrl: job.baseUrl,
  rateLimit: {
    limit: job.limit,
    windowMs: job.windowMs,
    store: redisRateLimitStore(limits, { key: `limit:${job.queue}` }),
  },
  retry: { baseDelayMs: 20, maxDelayMs: 200 },
  fetch: async (request) => {
    const response = await fetch(request);
    if (job.holdMs) await new Promise((r) => setTimeout(r, job.holdMs));
    return response;
  },
});
const worker = createEmailWorker({
  connection,
  client,
  name: job.queue,
  worker: {
    lockDuration: job.lockDuration,
    stalledInterval: job.stalledInterval,
    ...(job.maxStalledCount !== undefined && { maxStalledCount: job.maxStalledCount }),
  },
});
worker.on('error', (error) => process.stderr.write(`worker error: ${String(error)}\n`));
await worker.waitUntilReady();
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void worker.close().then(() => {
    limits.disconnect();
    process.exit(0);
  });
});
