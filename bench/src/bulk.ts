/**
 * Bulk throughput: `sendAll` of many emails against the fake at its rate limit — time, emails/s
 * against the 100 × rps ceiling, 429s, duplicates and missing emails checked in `fake.state`, one
 * result per email — and the naive alternative (one `POST /emails` per email) timed on a small
 * sample and extrapolated.
 */
import { createResendClient, sendAll } from '@resendkit/client';
import { RateLimiter } from '@resendkit/client/compose';
import type { SendEmailRequest } from '@resendkit/types';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { round } from './stats.js';

/** Parameters of {@link measureBulk}. */
export interface BulkConfig {
  /** Independent `sendAll` runs. */
  runs: number;
  /** Emails per run. */
  emails: number;
  /** Emails in the naive sample (one request each). */
  naiveSample: number;
  /** Requests the fake allows per window (and the client's limit). */
  rps: number;
  /** The window, in ms. */
  windowMs: number;
}

/** One `sendAll` run's figures. */
export interface BulkRun {
  elapsedMs: number;
  emailsPerSecond: number;
  /** emails/s ÷ (100 × allowed requests/s). */
  ratioOfCeiling: number;
  /** 429 answers from the fake (target 0). */
  rateLimited: number;
  /** Emails the fake stored more than once (target 0). */
  duplicates: number;
  /** Emails the fake never stored. */
  missing: number;
  /** Entries in `report.results` (target = emails). */
  results: number;
  /** Results that are not an id matching the stored email. */
  badResults: number;
  /** Requests the fake received. */
  requests: number;
  /** For a scheduled run: stored emails that are not `scheduled` (target 0). */
  notScheduled?: number;
}

/** The naive alternative's figures. */
export interface NaiveRun {
  sample: number;
  elapsedMs: number;
  /** `elapsedMs` scaled to `emails` at the sample's steady rate (not measured). */
  extrapolatedMs: number;
  extrapolatedTo: number;
  rateLimited: number;
}

const API_KEY = 're_bench_0123456789abcdef';

function emailsFor(tag: string, n: number, scheduledAt?: string): SendEmailRequest[] {
  return Array.from({ length: n }, (_, i) => ({
    from: 'Acme <news@acme.dev>',
    to: `delivered+reader${i}@resend.dev`,
    subject: `${tag} #${i}`,
    text: 'This month at Acme.',
    ...(scheduledAt === undefined ? {} : { scheduled_at: scheduledAt }),
  }));
}

async function withFake<T>(
  config: BulkConfig,
  body: (url: string, fake: ReturnType<typeof createFakeResend>) => Promise<T>,
): Promise<T> {
  const fake = createFakeResend({ requestsPerWindow: config.rps, windowMs: config.windowMs, domains: ['acme.dev'] });
  const { url, close } = await listen(fake);
  try {
    return await body(url, fake);
  } finally {
    await close();
  }
}

function client(url: string, config: BulkConfig) {
  return createResendClient({
    apiKey: API_KEY,
    baseUrl: url,
    userAgent: 'bench/1.0',
    rateLimit: { limiter: new RateLimiter({ limit: config.rps, windowMs: config.windowMs }) },
  });
}

/**
 * How a bulk run calls `sendAll`: `plain` with no options (input-order chunks of 100, random keys),
 * `prefixed` with an `idempotencyPrefix` and one bucket per 50 emails (re-run safe: one request per bucket),
 * `scheduled` like `plain` with every email scheduled (batched too).
 */
export type BulkMode = 'plain' | 'prefixed' | 'scheduled';

/** One `sendAll` run against a fresh fake, in the given {@link BulkMode}. */
export function bulkRun(config: BulkConfig, run: number, mode: BulkMode = 'plain'): Promise<BulkRun> {
  const scheduled = mode === 'scheduled';
  return withFake(config, async (url, fake) => {
    const tag = `${mode === 'plain' ? 'bulk' : mode}-${run}`;
    const emails = emailsFor(tag, config.emails, scheduled ? 'in 1 hour' : undefined);
    const start = performance.now();
    const prefixed = { idempotencyPrefix: tag, buckets: Math.ceil(config.emails / 50) };
    const report = await sendAll(client(url, config), emails, mode === 'prefixed' ? prefixed : {});
    const elapsedMs = performance.now() - start;

    const stored = new Map<string, number>();
    for (const email of fake.state.emails) stored.set(email.subject, (stored.get(email.subject) ?? 0) + 1);
    let duplicates = 0;
    for (const count of stored.values()) duplicates += count - 1;
    const badResults = report.results.filter(
      (r, i) => r.id === undefined || fake.state.emails.get(r.id)?.subject !== emails[i]?.subject,
    ).length;
    const emailsPerSecond = config.emails / (elapsedMs / 1000);
    return {
      elapsedMs: round(elapsedMs, 0),
      emailsPerSecond: round(emailsPerSecond, 1),
      ratioOfCeiling: round(emailsPerSecond / ((100 * config.rps * 1000) / config.windowMs), 4),
      rateLimited: fake.state.counters.rateLimited,
      duplicates,
      missing: emails.filter((e) => !stored.has(e.subject)).length,
      results: report.results.length,
      badResults,
      requests: fake.state.counters.requests,
      ...(scheduled
        ? { notScheduled: fake.state.emails.all().filter((e) => e.last_event !== 'scheduled').length }
        : {}),
    };
  });
}

/** `sendAll` runs of scheduled emails, which the batch endpoint takes, so they go 100 per request. */
export async function measureScheduled(config: BulkConfig): Promise<BulkRun[]> {
  const runs: BulkRun[] = [];
  for (let i = 0; i < config.runs; i++) runs.push(await bulkRun(config, i, 'scheduled'));
  return runs;
}

/** The naive alternative: every email its own `POST /emails`, all started at once, paced by the limiter. */
export function naiveRun(config: BulkConfig): Promise<NaiveRun> {
  return withFake(config, async (url, fake) => {
    const resend = client(url, config);
    const emails = emailsFor('naive', config.naiveSample);
    const start = performance.now();
    const results = await Promise.all(emails.map((body) => resend.POST('/emails', { body })));
    const elapsedMs = performance.now() - start;
    if (results.some((r) => r.error !== undefined)) throw new Error('naive run: a send failed');
    // Beyond the first window's burst, the sample's rate holds: scale the time after the burst.
    const perEmail = elapsedMs / Math.max(1, config.naiveSample - config.rps);
    return {
      sample: config.naiveSample,
      elapsedMs: round(elapsedMs, 0),
      extrapolatedMs: round(perEmail * (config.emails - config.rps), 0),
      extrapolatedTo: config.emails,
      rateLimited: fake.state.counters.rateLimited,
    };
  });
}

/** The bulk suite's figures: plain runs, runs with an `idempotencyPrefix`, and the naive sample. */
export interface BulkResults {
  runs: BulkRun[];
  /** The same job with an `idempotencyPrefix` and one bucket per 50 emails (re-run safe). */
  prefixed: BulkRun[];
  naive: NaiveRun;
}

/** Runs the plain and the prefixed bulk runs and the naive sample. */
export async function measureBulk(config: BulkConfig): Promise<BulkResults> {
  const runs: BulkRun[] = [];
  const prefixed: BulkRun[] = [];
  for (let i = 0; i < config.runs; i++) runs.push(await bulkRun(config, i, 'plain'));
  for (let i = 0; i < config.runs; i++) prefixed.push(await bulkRun(config, i, 'prefixed'));
  return { runs, prefixed, naive: await naiveRun(config) };
}
