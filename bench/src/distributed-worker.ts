/**
 * One worker process of the `distributed` suite (forked by distributed.ts, job in DISTRIBUTED_JOB):
 * connects to Redis, says `ready`, waits for `go`, then either sends `count` emails with
 * `POST /emails` (reporting when each left) or runs `sendAll` on `count` emails, and reports.
 */
import { createResendClient, sendAll } from '@resendkit/client';
import { redisRateLimitStore } from '@resendkit/redis';
import { createClient } from 'redis';

/** What the parent asks. */
export interface DistributedJob {
  mode: 'send' | 'bulk';
  redisUrl: string;
  key: string;
  baseUrl: string;
  worker: number;
  count: number;
  rps: number;
  windowMs: number;
}

/** What the worker answers. */
export interface DistributedReport {
  /** `Date.now()` when each request left (same host, so comparable across workers). */
  dispatches: number[];
  /** How long each request took to answer, in ms. */
  latencies: number[];
  /** Emails that got an id. */
  sent: number;
  /** Error names of failed emails. */
  failed: string[];
}

const job = JSON.parse(process.env.DISTRIBUTED_JOB ?? '{}') as DistributedJob;
const redis = createClient({ url: job.redisUrl });
redis.on('error', (error: Error) => console.error(`worker ${job.worker}: redis: ${error.message}`));
await redis.connect();
const dispatches: number[] = [];
const latencies: number[] = [];
const store = redisRateLimitStore(redis, {
  key: job.key,
  onError: (f) => console.error(`worker ${job.worker}: redis ${f.operation}: ${String(f.error)}`),
});
const resend = createResendClient({
  apiKey: 're_bench_0123456789abcdef',
  baseUrl: job.baseUrl,
  userAgent: 'bench/1.0',
  rateLimit: { store, limit: job.rps, windowMs: job.windowMs },
  fetch: async (request) => {
    const start = Date.now();
    dispatches.push(start);
    const response = await fetch(request);
    latencies.push(Date.now() - start);
    return response;
  },
});
await new Promise<void>((resolve) => {
  process.once('message', () => resolve());
  process.send?.('ready');
});
const emails = Array.from({ length: job.count }, (_, i) => ({
  from: 'Acme <news@acme.dev>',
  to: `delivered+reader${i}@resend.dev`,
  subject: `w${job.worker} #${i}`,
  text: 'This month at Acme.',
}));
let report: DistributedReport;
if (job.mode === 'send') {
  const results = await Promise.all(emails.map((body) => resend.POST('/emails', { body })));
  report = {
    dispatches,
    latencies,
    sent: results.filter((r) => r.data).length,
    failed: results.flatMap((r) => (r.error ? [r.error.name] : [])),
  };
} else {
  // Input-order batches of 100 (25 requests for 2,500 emails): this row measures the shared limit,
  // not the extra requests of re-run-safe buckets (the bulk suite's prefixed row shows those).
  const { results } = await sendAll(resend, emails);
  report = {
    dispatches,
    latencies,
    sent: results.filter((r) => r.id !== undefined).length,
    failed: results.flatMap((r) => (r.error ? [r.error.name] : [])),
  };
}
// Give this process's last slots back before closing, or the others wait out their lease.
await store.settled();
await redis.quit();
process.send?.(report, () => process.exit(0));
