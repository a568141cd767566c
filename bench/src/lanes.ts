/**
 * Priority lanes under load: a big bulk run (`sendAll` of 10,000 emails plus 1,000 queued single
 * sends, all in the bulk lane) shares one Redis-kept limit with an interactive send every 300 ms from
 * the same process and another every 300 ms from a second process, against the fake enforcing its
 * window. Figures: the interactive sends' wait (call to response, p50/p99/max), the bulk rate
 * against two ceilings measured on this machine by the bulk run alone: the bulk lane's own (the
 * reserve held for interactive calls, `lendReserve: false`) and the whole limit (the reserve lent,
 * the default), then 429s, duplicates and missing emails.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import type { LanesJob, LanesReport } from './lanes-worker.js';
import { testRedis } from '../../packages/redis/test/support/redis-server.js';
import { percentile, round } from './stats.js';

/** Parameters of {@link measureLanes}. */
export interface LanesConfig {
  /** Emails of the `sendAll` run and single sends queued beside it. */
  emails: number;
  singles: number;
  /** The same for the bulk-only run that measures the ceiling. */
  ceilingEmails: number;
  ceilingSingles: number;
  /** Interactive cadence of each interactive sender, in ms. */
  everyMs: number;
  /** The fake's (and the limiter's) requests per window, and the window in ms. */
  limit: number;
  windowMs: number;
}

/** The suite's figures. */
export interface LanesResult {
  interactiveSends: number;
  interactiveP50Ms: number;
  interactiveP99Ms: number;
  interactiveMaxMs: number;
  /** Bulk requests per second with the interactive traffic, and alone (the reserve lent). */
  bulkPerSecond: number;
  bulkAlonePerSecond: number;
  /** `bulkPerSecond / bulkAlonePerSecond`: at most 1 - interactive rate ÷ the whole limit. */
  bulkShare: number;
  /** Bulk alone with the reserve held (`lendReserve: false`): what the bulk lane is entitled to. */
  bulkLanePerSecond: number;
  /** `bulkPerSecond / bulkLanePerSecond`. */
  bulkLaneShare: number;
  /** Interactive requests per second during the mixed run. */
  interactivePerSecond: number;
  elapsedMs: number;
  rateLimited: number;
  duplicates: number;
  missing: number;
  failed: number;
}

const WORKER = fileURLToPath(new URL('./lanes-worker.ts', import.meta.url));

function start(job: LanesJob) {
  const child = fork(WORKER, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, LANES_JOB: JSON.stringify(job) },
  });
  let report: LanesReport | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.on('message', (m: LanesReport | 'ready') => (m === 'ready' ? markReady() : (report = m)));
  const done = new Promise<LanesReport>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      report ? resolve(report) : reject(new Error(`lanes worker ${job.name} exited (${code})`)),
    );
  });
  return { ready: Promise.race([ready, done.then(() => {})]), send: (m: string) => child.send(m), done };
}

const rate = (times: number[]) =>
  times.length < 2 ? Number.NaN : ((times.length - 1) * 1000) / ((times.at(-1) as number) - (times[0] as number));

type Phase = 'mixed' | 'alone' | 'lane';

async function run(config: LanesConfig, redisUrl: string, phase: Phase) {
  const withInteractive = phase === 'mixed';
  const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: config.limit, windowMs: config.windowMs });
  const http = await listen(fake);
  try {
    const base = {
      redisUrl,
      key: `lanes:${randomUUID()}`,
      baseUrl: http.url,
      limit: config.limit,
      windowMs: config.windowMs,
      lendReserve: phase !== 'lane',
    };
    const emails = withInteractive ? config.emails : config.ceilingEmails;
    const singles = withInteractive ? config.singles : config.ceilingSingles;
    const bulk = start({
      ...base,
      mode: 'bulk',
      name: 'A',
      emails,
      singles,
      everyMs: withInteractive ? config.everyMs : 0,
    });
    const other = withInteractive
      ? start({ ...base, mode: 'interactive', name: 'B', emails: 0, singles: 0, everyMs: config.everyMs })
      : undefined;
    await Promise.all([bulk.ready, other?.ready]);
    const began = performance.now();
    bulk.send('go');
    other?.send('go');
    const a = await bulk.done;
    other?.send('stop');
    const b = await other?.done;
    const elapsedMs = performance.now() - began;
    const seen = new Map<string, number>();
    for (const email of fake.state.emails) seen.set(email.subject, (seen.get(email.subject) ?? 0) + 1);
    let duplicates = 0;
    for (const n of seen.values()) duplicates += n - 1;
    let missing = 0;
    for (let i = 0; i < emails; i++) if (!seen.has(`A bulk #${i}`)) missing++;
    for (let i = 0; i < singles; i++) if (!seen.has(`A single #${i}`)) missing++;
    const interactive = [...a.interactiveMs, ...(b?.interactiveMs ?? [])];
    return {
      a,
      interactive,
      elapsedMs,
      duplicates,
      missing,
      rateLimited: fake.state.counters.rateLimited,
      failed: a.failed.length + (b?.failed.length ?? 0),
    };
  } finally {
    await http.close();
  }
}

/**
 * Runs the bulk work alone twice (the reserve lent, then held: the two ceilings here), then with the
 * interactive senders, on one Redis.
 */
export async function measureLanes(config: LanesConfig): Promise<LanesResult> {
  const redis = await testRedis();
  try {
    const alone = await run(config, redis.url, 'alone');
    const lane = await run(config, redis.url, 'lane');
    const mixed = await run(config, redis.url, 'mixed');
    const bulkPerSecond = rate(mixed.a.bulkDispatches);
    const bulkAlonePerSecond = rate(alone.a.bulkDispatches);
    const bulkLanePerSecond = rate(lane.a.bulkDispatches);
    return {
      interactiveSends: mixed.interactive.length,
      interactiveP50Ms: round(percentile(mixed.interactive, 50), 0),
      interactiveP99Ms: round(percentile(mixed.interactive, 99), 0),
      interactiveMaxMs: round(Math.max(...mixed.interactive), 0),
      bulkPerSecond: round(bulkPerSecond, 2),
      bulkAlonePerSecond: round(bulkAlonePerSecond, 2),
      bulkShare: round(bulkPerSecond / bulkAlonePerSecond, 3),
      bulkLanePerSecond: round(bulkLanePerSecond, 2),
      bulkLaneShare: round(bulkPerSecond / bulkLanePerSecond, 3),
      interactivePerSecond: round((mixed.interactive.length * 1000) / mixed.elapsedMs, 2),
      elapsedMs: round(mixed.elapsedMs, 0),
      rateLimited: mixed.rateLimited + alone.rateLimited + lane.rateLimited,
      duplicates: mixed.duplicates + alone.duplicates + lane.duplicates,
      missing: mixed.missing + alone.missing + lane.missing,
      failed: mixed.failed + alone.failed + lane.failed,
    };
  } finally {
    await redis.stop();
  }
}
