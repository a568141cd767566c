/**
 * Distributed limiting: worker processes sharing one rate limit through `@resendkit/redis`, against
 * one fake enforcing its sliding window — the aggregate rate against the allowed one, 429s and the
 * most requests the fake saw in any window; `sendAll` from several processes at once (time, 429s,
 * duplicates, missing); and the cost of one acquire+release against the local Redis.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { redisRateLimitStore } from '@resendkit/redis';
import { createClient } from 'redis';
import type { DistributedJob, DistributedReport } from './distributed-worker.js';
// The redis package's test server: REDIS_URL when set, else a redis-server on a free loopback port.
import { testRedis } from '../../packages/redis/test/support/redis-server.js';
import { percentile, round } from './stats.js';

/** Parameters of {@link measureDistributed}. */
export interface DistributedConfig {
  /** Worker processes sending `POST /emails` together, and emails each. */
  workers: number;
  sendsPerWorker: number;
  /** Processes each running `sendAll`, and emails each. */
  bulkProcesses: number;
  bulkEmailsPerProcess: number;
  /** The fake's (and the limiter's) requests per window, and the window in ms. */
  rps: number;
  windowMs: number;
  /** Sequential acquire+release pairs timed against the local Redis. */
  latencySamples: number;
}

/** The suite's figures. */
export interface DistributedResult {
  /** (sends − limit) over the first-to-last dispatch span, per second. */
  achievedPerSecond: number;
  allowedPerSecond: number;
  ratio: number;
  rateLimited: number;
  /** Most requests the workers dispatched within any one window. */
  maxPerWindow: number;
  failed: number;
  /** Why they failed: error name → count. */
  failedNames: Record<string, number>;
  /** Median request latency (dispatch to response) in the rate run, in ms. */
  medianLatencyMs: number;
  bulkElapsedMs: number;
  /** Requests `sendAll` made in all, and their median latency in ms. */
  bulkRequests: number;
  bulkMedianLatencyMs: number;
  bulkRateLimited: number;
  bulkDuplicates: number;
  bulkMissing: number;
  bulkFailed: number;
  acquireReleaseP50Us: number;
  acquireReleaseP99Us: number;
}

const WORKER = fileURLToPath(new URL('./distributed-worker.ts', import.meta.url));

interface Forked {
  ready: Promise<void>;
  go(): void;
  report: Promise<DistributedReport>;
}

function forkWorker(job: DistributedJob): Forked {
  const child = fork(WORKER, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, DISTRIBUTED_JOB: JSON.stringify(job) },
  });
  let report: DistributedReport | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.on('message', (m: DistributedReport | 'ready') => (m === 'ready' ? markReady() : (report = m)));
  const done = new Promise<DistributedReport>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      report ? resolve(report) : reject(new Error(`distributed worker ${job.worker} exited (${code})`)),
    );
  });
  return { ready: Promise.race([ready, done.then(() => {})]), go: () => child.send('go'), report: done };
}

// Forks every worker, starts them together once all are connected (process start-up is not timed).
async function runWorkers(jobs: DistributedJob[]): Promise<{ reports: DistributedReport[]; elapsedMs: number }> {
  const workers = jobs.map(forkWorker);
  await Promise.all(workers.map((w) => w.ready));
  const start = performance.now();
  for (const w of workers) w.go();
  const reports = await Promise.all(workers.map((w) => w.report));
  return { reports, elapsedMs: performance.now() - start };
}

function maxInWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] as number) - (times[j] as number) >= windowMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

function countNames(names: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

async function rateRun(config: DistributedConfig, redisUrl: string) {
  const fake = createFakeResend({ requestsPerWindow: config.rps, windowMs: config.windowMs, domains: ['acme.dev'] });
  const http = await listen(fake);
  const baseUrl = http.url;
  try {
    const key = `bench:${randomUUID()}`;
    const jobs = Array.from({ length: config.workers }, (_, worker): DistributedJob => ({
      mode: 'send',
      redisUrl,
      key,
      baseUrl,
      worker,
      count: config.sendsPerWorker,
      rps: config.rps,
      windowMs: config.windowMs,
    }));
    const { reports } = await runWorkers(jobs);
    const times = reports.flatMap((r) => r.dispatches).sort((a, b) => a - b);
    const total = config.workers * config.sendsPerWorker;
    const span = ((times.at(-1) as number) - (times[0] as number)) / 1000;
    const allowed = (config.rps * 1000) / config.windowMs;
    const achieved = span > 0 ? (total - config.rps) / span : Number.NaN;
    return {
      achievedPerSecond: round(achieved, 2),
      allowedPerSecond: round(allowed, 2),
      ratio: round(achieved / allowed, 4),
      rateLimited: fake.state.counters.rateLimited,
      maxPerWindow: maxInWindow(times, config.windowMs),
      failed: reports.reduce((n, r) => n + r.failed.length, 0),
      failedNames: countNames(reports.flatMap((r) => r.failed)),
      medianLatencyMs: round(
        percentile(
          reports.flatMap((r) => r.latencies),
          50,
        ),
        0,
      ),
    };
  } finally {
    await http.close();
  }
}

async function bulkRun(config: DistributedConfig, redisUrl: string) {
  const fake = createFakeResend({ requestsPerWindow: config.rps, windowMs: config.windowMs, domains: ['acme.dev'] });
  const http = await listen(fake);
  const baseUrl = http.url;
  try {
    const key = `bench:${randomUUID()}`;
    const jobs = Array.from({ length: config.bulkProcesses }, (_, worker): DistributedJob => ({
      mode: 'bulk',
      redisUrl,
      key,
      baseUrl,
      worker,
      count: config.bulkEmailsPerProcess,
      rps: config.rps,
      windowMs: config.windowMs,
    }));
    const { reports, elapsedMs } = await runWorkers(jobs);
    const stored = new Map<string, number>();
    for (const email of fake.state.emails) stored.set(email.subject, (stored.get(email.subject) ?? 0) + 1);
    let duplicates = 0;
    for (const count of stored.values()) duplicates += count - 1;
    let missing = 0;
    for (let w = 0; w < config.bulkProcesses; w++)
      for (let i = 0; i < config.bulkEmailsPerProcess; i++) if (!stored.has(`w${w} #${i}`)) missing++;
    return {
      bulkElapsedMs: round(elapsedMs, 0),
      bulkRateLimited: fake.state.counters.rateLimited,
      bulkDuplicates: duplicates,
      bulkMissing: missing,
      bulkFailed: reports.reduce((n, r) => n + r.failed.length, 0),
      bulkRequests: fake.state.counters.requests,
      bulkMedianLatencyMs: round(
        percentile(
          reports.flatMap((r) => r.latencies),
          50,
        ),
        0,
      ),
    };
  } finally {
    await http.close();
  }
}

async function latency(config: DistributedConfig, redisUrl: string) {
  const redis = createClient({ url: redisUrl });
  redis.on('error', () => {});
  await redis.connect();
  try {
    const store = redisRateLimitStore(redis, { key: `bench:${randomUUID()}` });
    const us: number[] = [];
    for (let i = 0; i < config.latencySamples + 100; i++) {
      const start = performance.now();
      const { slot } = await store.tryAcquire(0, 1_000_000, 50);
      if (slot !== undefined) await store.release(slot, 0, 50);
      // The first 100 warm up the connection and load the scripts.
      if (i >= 100) us.push((performance.now() - start) * 1000);
    }
    return { acquireReleaseP50Us: round(percentile(us, 50), 0), acquireReleaseP99Us: round(percentile(us, 99), 0) };
  } finally {
    await redis.quit();
  }
}

/** Runs the three measurements against one Redis (own redis-server unless `REDIS_URL`). */
export async function measureDistributed(config: DistributedConfig): Promise<DistributedResult> {
  const redis = await testRedis();
  try {
    const rate = await rateRun(config, redis.url);
    const bulk = await bulkRun(config, redis.url);
    return { ...rate, ...bulk, ...(await latency(config, redis.url)) };
  } finally {
    await redis.stop();
  }
}
