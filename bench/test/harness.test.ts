import { describe, expect, it } from 'vitest';
import { timeGenerate } from '../src/codegen.js';
import { type BenchConfig, parseArgs, quickConfig } from '../src/config.js';
import { renderTable } from '../src/report.js';
import { runBench } from '../src/run.js';
import { median, percentile } from '../src/stats.js';

/**
 * Tiny sizes and a scaled window: the whole harness in a few seconds. The window stays at 300 ms
 * because each slot of the client limiter counts until one window after its response, so a window
 * close to a loaded 2-core machine's round trip (tens of ms) would measure the machine, not us.
 */
function smokeConfig(): BenchConfig {
  return {
    ...quickConfig(),
    suites: ['overhead', 'limiter', 'bulk', 'scheduled', 'pagination'],
    overhead: { rounds: 2, requestsPerRound: 20, breakdown: false },
    limiter: { runs: 1, sends: 12, rps: 4, windowMs: 300 },
    bulk: { runs: 1, emails: 1_000, naiveSample: 8, rps: 4, windowMs: 300 },
    pagination: { runs: 1, items: 1_000 },
  };
}

describe('bench harness', () => {
  it('runs every suite but codegen with quick parameters and reports each figure', async () => {
    const results = await runBench(smokeConfig());

    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.machine.node).toBe(process.version);
    expect(results.overhead?.rows.map((r) => r.name)).toEqual([
      'bare fetch',
      'bare openapi-fetch',
      '@resendkit/client (limiter off, retry on)',
      'resend SDK',
      '  ↳ resendkit via resend.emails.send (endpoint method)',
      '  ↳ resendkit.emails.send, limiter + retries + timeout + idempotency on',
    ]);
    for (const row of results.overhead?.rows ?? []) expect(row.medianUs).toBeGreaterThan(0);
    expect(results.overhead?.resendkitVsOpenapiFetch).toBeGreaterThan(0);
    // The CPU-only pass runs the same clients against a stubbed fetch and restores fetch after.
    expect(results.overhead?.cpuRows.map((r) => r.name)).toEqual([
      ...(results.overhead?.rows.map((r) => r.name) ?? []),
      '  ↳ resendkit.emails.send, all on, telemetry to no-op providers',
      '  ↳ resendkit, no timeout (timeoutMs: 0)',
    ]);
    for (const row of results.overhead?.cpuRows ?? []) expect(row.medianUs).toBeGreaterThan(0);
    expect(globalThis.fetch.name).not.toBe('');

    const [limiter] = results.limiter ?? [];
    expect(limiter?.rateLimited).toBe(0);
    expect(limiter?.ratio).toBeGreaterThan(0.5);

    const [bulk] = results.bulk?.runs ?? [];
    // No prefix: input-order batches of 100, so 1,000 emails take 10 requests.
    expect(bulk).toMatchObject({
      results: 1_000,
      badResults: 0,
      duplicates: 0,
      missing: 0,
      rateLimited: 0,
      requests: 10,
    });
    expect(results.bulk?.naive.extrapolatedMs).toBeGreaterThan(results.bulk?.naive.elapsedMs ?? Infinity);
    // With an idempotencyPrefix and one bucket per 50 emails: one request per bucket, 20 here.
    const [prefixed] = results.bulk?.prefixed ?? [];
    expect(prefixed).toMatchObject({ results: 1_000, badResults: 0, duplicates: 0, missing: 0, rateLimited: 0 });
    expect(prefixed?.requests).toBe(20);

    // Scheduled emails go 100 per batch request too, all stored as scheduled.
    const [scheduled] = results.scheduled ?? [];
    expect(scheduled).toMatchObject({
      results: 1_000,
      badResults: 0,
      duplicates: 0,
      missing: 0,
      rateLimited: 0,
      requests: 10,
      notScheduled: 0,
    });

    expect(results.pagination?.runs[0]?.items).toBe(1_000);

    const table = renderTable(results);
    for (const label of [
      'Overhead: bare fetch',
      'Limiter: 429s',
      'Bulk: sendAll 1,000 emails',
      'with idempotencyPrefix (re-run safe)',
      'extrapolated',
      'Pagination: 1,000 items',
    ]) {
      expect(table).toContain(label);
    }
    expect(table).not.toContain('Codegen');
  }, 60_000);

  it('times pnpm generate on a throwaway copy holding everything it rewrites', async () => {
    // The codegen suite, once: it broke unseen when generate began to rewrite the client README.
    expect(await timeGenerate()).toBeGreaterThan(0);
  }, 120_000);

  it('parses --quick, --runs and --only', () => {
    const { config } = parseArgs(['--quick', '--runs', '2', '--only', 'bulk,codegen']);
    expect(config.suites).toEqual(['bulk', 'codegen']);
    expect(config.bulk.runs).toBe(2);
    expect(config.bulk.emails).toBe(quickConfig().bulk.emails);
    expect(() => parseArgs(['--only', 'nope'])).toThrow(/unknown suite nope/);
    expect(() => parseArgs(['--runs', '0'])).toThrow(/positive integer/);
  });

  it("sets the per-runtime rows' round size with --round-size, and refuses one that is not a positive integer", () => {
    const { config } = parseArgs(['--only', 'overhead', '--round-size', '2000']);
    expect(config.overhead.runtimes).toMatchObject({ requestsPerRound: 2000, rounds: 21 });
    expect(config.overhead.requestsPerRound).toBe(400);
    expect(config.mode).toBe('custom');
    expect(() => parseArgs(['--round-size', '1.5'])).toThrow(/--round-size must be a positive integer, got 1.5/);
  });

  it('computes medians and percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 99)).toBeCloseTo(49.6);
    expect(median([])).toBeNaN();
  });
});
