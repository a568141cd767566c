/** Entry of each `pnpm demo --queue` worker process: an email worker on the queue, one shared limit. */
import { createEmailWorker } from '@resendkit/bullmq';
import { createResendClient } from '@resendkit/client';
import { redisRateLimitStore } from '@resendkit/redis';
import { Redis } from 'ioredis';
import type { QueueWorkerJob } from './queue-demo.js';

const job = JSON.parse(process.env.DEMO_QUEUE_JOB ?? '{}') as QueueWorkerJob;
const url = new URL(job.redisUrl);
const limits = new Redis(job.redisUrl);
limits.on('error', (error: Error) => console.error(`queue worker: redis: ${error.message}`));
const client = createResendClient({
  apiKey: 're_demo_not_a_real_key',
  baseUrl: job.baseUrl,
  userAgent: 'resendkit-demo/0.0.0',
  rateLimit: { store: redisRateLimitStore(limits, { key: `resendkit:demo:${job.queue}` }) },
});
await new Promise<void>((resolve) => {
  process.once('message', () => resolve());
  process.send?.('ready');
});
const worker = createEmailWorker({
  connection: { host: url.hostname, port: Number(url.port), maxRetriesPerRequest: null },
  client,
  name: job.queue,
});
worker.on('error', (error) => console.error(`queue worker: ${String(error)}`));
process.once('message', () => {
  void worker.close().then(() => {
    limits.disconnect();
    process.exit(0);
  });
});
// The demo that started this process is gone (killed, say): nobody will say stop, so stop now. The
// jobs in flight return to the queue by BullMQ's stalled check.
process.once('disconnect', () => process.exit(1));
