/**
 * Limiter accuracy: a burst of concurrent sends through `@resendkit/client` against the fake's
 * strict sliding window — the rate achieved against the rate allowed, the 429s, and how long calls
 * queued (p99, and p99 lateness against an ideal FIFO schedule of `limit` per window).
 */
import { createResendClient } from '@resendkit/client';
import { RateLimiter } from '@resendkit/client/compose';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { percentile, round } from './stats.js';

/** Parameters of {@link measureLimiter}. */
export interface LimiterConfig {
  /** Independent runs (each ~sends/rps seconds). */
  runs: number;
  /** Concurrent sends per run. */
  sends: number;
  /** Requests the fake allows per window (and the client's limit). */
  rps: number;
  /** The window, in ms. */
  windowMs: number;
}

/** One run's figures. */
export interface LimiterRun {
  /** Steady-state requests/s: (sends − limit) over the span from the first to the last dispatch. */
  achievedPerSecond: number;
  /** Allowed requests/s (limit per window). */
  allowedPerSecond: number;
  /** achieved ÷ allowed (target ≥ 0.95). */
  ratio: number;
  /** 429 answers from the fake (target 0). */
  rateLimited: number;
  /** p99 of call → first dispatch, in ms (most of it is the queue the burst must wait in). */
  p99QueueWaitMs: number;
  /** p99 of (actual − ideal) dispatch time, ideal = ⌊position / limit⌋ windows after the burst. */
  p99LatenessMs: number;
  /** Wall time of the run, in ms. */
  elapsedMs: number;
}

const API_KEY = 're_bench_0123456789abcdef';

/** One burst of `sends` concurrent sends against a fresh fake. */
export async function limiterRun(config: LimiterConfig): Promise<LimiterRun> {
  const fake = createFakeResend({ rps: config.rps, windowMs: config.windowMs, domains: ['acme.dev'] });
  const { url, close } = await listen(fake);
  try {
    const limiter = new RateLimiter({ limit: config.rps, windowMs: config.windowMs });
    const firstDispatch = new Map<string, number>();
    const resend = createResendClient({
      apiKey: API_KEY,
      baseUrl: url,
      rateLimit: { limiter },
      userAgent: 'bench/1.0',
      // The innermost fetch: called once per attempt, after the limiter let it go.
      fetch: (request) => {
        const seq = request.headers.get('x-bench-seq') ?? '';
        if (!firstDispatch.has(seq)) firstDispatch.set(seq, performance.now());
        return fetch(request);
      },
    });
    const start = performance.now();
    const results = await Promise.all(
      Array.from({ length: config.sends }, (_, i) =>
        resend.POST('/emails', {
          body: { from: 'Acme <hi@acme.dev>', to: `delivered+u${i}@resend.dev`, subject: `limiter #${i}`, text: 'Hi' },
          headers: { 'x-bench-seq': String(i) },
        }),
      ),
    );
    const elapsedMs = performance.now() - start;
    const failures = results.filter((r) => r.error !== undefined);
    if (failures.length > 0)
      throw new Error(`limiter run: ${failures.length} sends failed (${failures[0]?.error?.name})`);

    const dispatches = [...firstDispatch.values()].sort((a, b) => a - b);
    const span = ((dispatches.at(-1) as number) - (dispatches[0] as number)) / 1000;
    const allowed = (config.rps * 1000) / config.windowMs;
    const achieved = span > 0 ? (config.sends - config.rps) / span : Number.NaN;
    const waits = dispatches.map((t) => t - start);
    const lateness = dispatches.map((t, k) => t - start - Math.floor(k / config.rps) * config.windowMs);
    return {
      achievedPerSecond: round(achieved, 3),
      allowedPerSecond: allowed,
      ratio: round(achieved / allowed, 4),
      rateLimited: fake.state.counters.rateLimited,
      p99QueueWaitMs: round(percentile(waits, 99), 1),
      p99LatenessMs: round(percentile(lateness, 99), 1),
      elapsedMs: round(elapsedMs, 0),
    };
  } finally {
    await close();
  }
}

/** Runs {@link limiterRun} `config.runs` times. */
export async function measureLimiter(config: LimiterConfig): Promise<LimiterRun[]> {
  const runs: LimiterRun[] = [];
  for (let i = 0; i < config.runs; i++) runs.push(await limiterRun(config));
  return runs;
}
