/**
 * `pnpm demo --workers N`: N worker processes send through one rate limit kept in Redis
 * (`REDIS_URL`), against one fake (or the real API with RESEND_API_KEY). The parent forks the
 * workers, collects what each sent and the 429s each met, and checks every email went out once.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createResendClient, type RetryEvent } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { redisRateLimitStore } from '@resendkit/redis';
import { createClient } from 'redis';

/** What one worker reports to the parent. */
interface WorkerReport {
  ids: string[];
  failed: string[];
  rateLimited: number;
}

/** What the parent asks one worker to do. */
export interface WorkerJob {
  redisUrl: string;
  key: string;
  baseUrl?: string;
  apiKey: string;
  from: string;
  worker: number;
  count: number;
}

const WORKER_ENTRY = fileURLToPath(new URL('./worker-process.ts', import.meta.url));
const USAGE =
  '--workers needs REDIS_URL, a Redis every worker process shares, e.g.: REDIS_URL=redis://127.0.0.1:6379 pnpm demo --workers 4';

/** The worker count from `--workers N` in `argv`, `undefined` without the flag; throws on a bad N. */
export function workersFlag(argv: readonly string[]): number | undefined {
  const at = argv.indexOf('--workers');
  if (at === -1) return undefined;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 32)
    throw new Error(`--workers takes a whole number from 1 to 32 (got ${argv[at + 1] ?? 'nothing'}).`);
  return n;
}

/** Runs the multi-process demo; resolves with the exit code. */
export async function runWorkers(workers: number, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const redisUrl = env.REDIS_URL?.trim();
  if (!redisUrl) {
    console.error(USAGE);
    return 2;
  }
  const apiKey = env.RESEND_API_KEY?.trim();
  const perWorker = env.DEMO_COUNT ? Number(env.DEMO_COUNT) : 10;
  const fake = apiKey ? undefined : createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 5, windowMs: 1000 });
  const http = fake ? await listen(fake) : undefined;
  const baseUrl = http ? http.url : env.RESEND_BASE_URL;
  console.log(
    `${workers} worker processes × ${perWorker} emails, one limit in Redis at ${new URL(redisUrl).host}, against ${fake ? 'the fake (5 requests/s)' : 'the real API'}.`,
  );
  try {
    const job = {
      redisUrl,
      key: `resendkit:demo:${fake ? baseUrl : 'real'}`,
      apiKey: apiKey ?? 're_demo_not_a_real_key',
      from: env.RESEND_FROM ?? 'Acme <onboarding@resend.dev>',
      count: perWorker,
      ...(baseUrl ? { baseUrl } : {}),
    };
    const started = Array.from({ length: workers }, (_, worker) => startWorker({ ...job, worker }));
    await Promise.all(started.map((w) => w.ready));
    const t0 = performance.now();
    for (const w of started) w.go();
    const reports = await Promise.all(started.map((w) => w.report));
    const seconds = (performance.now() - t0) / 1000;
    const ids = reports.flatMap((r) => r.ids);
    const failed = reports.flatMap((r) => r.failed);
    const seen429 = reports.reduce((n, r) => n + r.rateLimited, 0);
    const fake429 = fake?.state.counters.rateLimited;
    const stored = fake?.state.emails.size;
    const once = new Set(ids).size === ids.length && (stored === undefined || stored === ids.length);
    reports.forEach((r, w) =>
      console.log(`  worker ${w + 1}: ${r.ids.length} sent, ${r.rateLimited} × 429, ${r.failed.length} failed`),
    );
    console.log(
      `${ids.length} of ${workers * perWorker} emails sent in ${seconds.toFixed(1)} s (${(ids.length / seconds).toFixed(2)}/s), ${seen429} × 429${fake429 === undefined ? '' : ` (the fake answered ${fake429})`}, each exactly once: ${once ? 'yes' : 'NO'}.`,
    );
    if (failed.length > 0) console.log(`Failed: ${[...new Set(failed)].join(', ')}`);
    return ids.length === workers * perWorker && once && seen429 === 0 && !fake429 ? 0 : 1;
  } finally {
    await http?.close();
  }
}

interface Started {
  /** Resolves when the worker connected to Redis and waits for `go`. */
  ready: Promise<void>;
  go(): void;
  report: Promise<WorkerReport>;
}

// Workers connect first and start sending together, so process start-up is not counted in the rate.
function startWorker(job: WorkerJob): Started {
  const child = fork(WORKER_ENTRY, [], { env: { ...process.env, DEMO_WORKER_JOB: JSON.stringify(job) } });
  let report: WorkerReport | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.on('message', (m: WorkerReport | 'ready') => (m === 'ready' ? markReady() : (report = m)));
  const done = new Promise<WorkerReport>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      report ? resolve(report) : reject(new Error(`worker ${job.worker + 1} exited (${code}) without a report`)),
    );
  });
  return { ready: Promise.race([ready, done.then(() => {})]), go: () => child.send('go'), report: done };
}

/** One worker process: sends its emails through the shared store and reports to the parent. */
export async function workerMain(job: WorkerJob): Promise<void> {
  const redis = createClient({ url: job.redisUrl });
  redis.on('error', (error: Error) => console.error(`worker ${job.worker + 1}: redis: ${error.message}`));
  await redis.connect();
  await new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    process.send?.('ready');
  });
  let rateLimited = 0;
  const store = redisRateLimitStore(redis, { key: job.key });
  const resend = createResendClient({
    apiKey: job.apiKey,
    ...(job.baseUrl ? { baseUrl: job.baseUrl } : {}),
    userAgent: 'resendkit-demo/0.0.0',
    rateLimit: { store },
    retry: { onRetry: (event: RetryEvent) => void (event.status === 429 && rateLimited++) },
  });
  const results = await Promise.all(
    Array.from({ length: job.count }, (_, i) =>
      resend.POST('/emails', {
        body: {
          from: job.from,
          to: 'delivered@resend.dev',
          subject: `worker ${job.worker + 1} #${i + 1}`,
          text: 'Sent through one shared limit.',
        },
      }),
    ),
  );
  const report: WorkerReport = {
    ids: results.flatMap((r) => (r.data ? [r.data.id] : [])),
    failed: results.flatMap((r) => (r.error ? [r.error.name] : [])),
    rateLimited,
  };
  // Give this process's last slots back before closing, or the other workers wait out their lease.
  await store.settled();
  await redis.quit();
  process.send?.(report, () => process.exit(0));
}
