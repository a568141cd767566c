/** Run sizes: the full suite, `--quick`, and the command-line overrides. */
import type { BulkConfig } from './bulk.js';
import type { CodegenConfig } from './codegen.js';
import type { DistributedConfig } from './distributed.js';
import type { GarbageConfig } from './garbage.js';
import type { LanesConfig } from './lanes.js';
import type { QueueConfig } from './queue.js';
import type { LimiterConfig } from './limiter-accuracy.js';
import type { OverheadConfig } from './overhead.js';
import type { PaginationConfig } from './pagination.js';
import type { StartupConfig } from './startup.js';

/** The suites, in the order they run and print. */
export const SUITES = [
  'overhead',
  'garbage',
  'startup',
  'limiter',
  'bulk',
  'scheduled',
  'pagination',
  'codegen',
  'distributed',
  'lanes',
  'queue',
] as const;
/** One suite's name. */
export type SuiteName = (typeof SUITES)[number];

/** Everything a run needs. */
export interface BenchConfig {
  mode: 'full' | 'quick' | 'custom';
  suites: SuiteName[];
  overhead: OverheadConfig;
  garbage: GarbageConfig;
  startup: StartupConfig;
  limiter: LimiterConfig;
  bulk: BulkConfig;
  pagination: PaginationConfig;
  codegen: CodegenConfig;
  distributed: DistributedConfig;
  lanes: LanesConfig;
  queue: QueueConfig;
}

/** The full suite: ~9 minutes on 2 cores. */
export function fullConfig(): BenchConfig {
  return {
    mode: 'full',
    suites: [...SUITES],
    overhead: {
      rounds: 15,
      requestsPerRound: 400,
      breakdown: true,
      runtimes: { rounds: 21, requestsPerRound: 200, budgetMs: 6_000 },
    },
    garbage: { calls: 20_000 },
    startup: { processes: 9 },
    limiter: { runs: 3, sends: 200, rps: 5, windowMs: 1000 },
    bulk: { runs: 3, emails: 10_000, naiveSample: 50, rps: 5, windowMs: 1000 },
    pagination: { runs: 3, items: 100_000 },
    codegen: { runs: 3 },
    distributed: {
      workers: 8,
      sendsPerWorker: 50,
      bulkProcesses: 4,
      bulkEmailsPerProcess: 2_500,
      rps: 5,
      windowMs: 1000,
      latencySamples: 2_000,
    },
    // Resend's 10 per second, the window scaled 4× down so 1,100 bulk requests take ~30 s.
    lanes: {
      emails: 10_000,
      singles: 1_000,
      ceilingEmails: 2_000,
      ceilingSingles: 200,
      everyMs: 300,
      limit: 10,
      windowMs: 250,
    },
    // Resend's 5 per second: 100 batches need 20 s; a killed worker's jobs return within ~lock + check.
    queue: { emails: 10_000, workers: 4, limit: 5, windowMs: 1000, lockDuration: 3000, stalledInterval: 1000 },
  };
}

/** `--quick`: one run each, smaller N (~40 s). */
export function quickConfig(): BenchConfig {
  return {
    mode: 'quick',
    suites: [...SUITES],
    overhead: { rounds: 5, requestsPerRound: 200, breakdown: false, runtimes: { rounds: 3, requestsPerRound: 100 } },
    garbage: { calls: 2_000 },
    startup: { processes: 3 },
    limiter: { runs: 1, sends: 30, rps: 5, windowMs: 1000 },
    bulk: { runs: 1, emails: 2_000, naiveSample: 15, rps: 5, windowMs: 1000 },
    pagination: { runs: 1, items: 10_000 },
    codegen: { runs: 1 },
    distributed: {
      workers: 4,
      sendsPerWorker: 10,
      bulkProcesses: 4,
      bulkEmailsPerProcess: 250,
      rps: 5,
      windowMs: 1000,
      latencySamples: 500,
    },
    lanes: {
      emails: 2_000,
      singles: 200,
      ceilingEmails: 1_000,
      ceilingSingles: 100,
      everyMs: 300,
      limit: 10,
      windowMs: 250,
    },
    queue: { emails: 2_000, workers: 4, limit: 5, windowMs: 1000, lockDuration: 3000, stalledInterval: 1000 },
  };
}

/** Command-line usage. */
export const USAGE = `pnpm bench [--quick] [--runs N] [--round-size N] [--only overhead,garbage,startup,limiter,bulk,scheduled,pagination,codegen,distributed,lanes,queue] [--out FILE]
  --quick   one run of each suite with smaller N (~40 s) instead of the full suite (~9 min)
  --runs N  override every suite's run/round count
  --round-size N
            loopback requests per round of the overhead suite's per-runtime rows (default 200; CPU rounds
            make 15 calls per request)
  --only    run only these suites ("scheduled" = the bulk run with every email scheduled)
  --out     where to write the JSON results (default bench/results.json)`;

/** Parses the command line into a config and an output path. */
export function parseArgs(argv: readonly string[]): { config: BenchConfig; out: string | undefined; help: boolean } {
  const config = argv.includes('--quick') ? quickConfig() : fullConfig();
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const runs = value('--runs');
  if (runs !== undefined) {
    const n = Number(runs);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--runs must be a positive integer, got ${runs}`);
    config.mode = 'custom';
    config.overhead.rounds = n;
    if (config.overhead.runtimes) config.overhead.runtimes.rounds = n;
    config.startup.processes = n;
    config.limiter.runs = n;
    config.bulk.runs = n;
    config.pagination.runs = n;
    config.codegen.runs = n;
  }
  const roundSize = value('--round-size');
  if (roundSize !== undefined) {
    const n = Number(roundSize);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--round-size must be a positive integer, got ${roundSize}`);
    config.mode = 'custom';
    if (config.overhead.runtimes) config.overhead.runtimes.requestsPerRound = n;
  }
  const only = value('--only');
  if (only !== undefined) {
    const names = only.split(',').map((s) => s.trim());
    const unknown = names.filter((n) => !(SUITES as readonly string[]).includes(n));
    if (unknown.length > 0)
      throw new Error(`--only: unknown suite ${unknown.join(', ')} (known: ${SUITES.join(', ')})`);
    config.suites = SUITES.filter((s) => names.includes(s));
  }
  return { config, out: value('--out'), help: argv.includes('--help') || argv.includes('-h') };
}
