/** The markdown table printed by `pnpm bench` (and pasted into the README). */
import type { BulkRun } from './bulk.js';
import type { CodegenResult } from './codegen.js';
import { CPU_CALLS_PER_REQUEST } from './cpu-rounds.js';
import type { DistributedConfig, DistributedResult } from './distributed.js';
import type { OverheadConfig, OverheadResult } from './overhead.js';
import type { PaginationResult } from './pagination.js';
import { type TableRow, garbageTableRows, runtimeTableRows, startupTableRows } from './report-runtimes.js';
import type { BenchResults } from './run.js';
import { median } from './stats.js';

const fmt = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';
const mark = (ok: boolean) => (ok ? '✅' : '❌');
const med = <T>(runs: readonly T[], pick: (run: T) => number) => median(runs.map(pick));
const runsNote = (n: number) => `median of ${n} run${n === 1 ? '' : 's'}`;

/** A ratio's row: its value as `0.46×` and, given a ceiling, the ceiling and whether the ratio is within it. */
function ratioRow(name: string, value: number, note: string, max?: number): TableRow {
  return [name, `${fmt(value, 2)}×`, max === undefined ? '' : `≤ ${fmt(max, 2)}× ${mark(value <= max)}`, note];
}

/** The loopback rows of the overhead suite: each client's µs a request, then the ratios. */
function overheadLoopbackRows(o: OverheadResult, config: OverheadConfig): TableRow[] {
  const note = `median of ${config.rounds} interleaved rounds × ${config.requestsPerRound} sequential requests`;
  const allOn = 'Overhead: resendkit, limiter + retries + timeout + idempotency on ÷ resend SDK';
  return [
    ...o.rows.map((r): TableRow => [`Overhead: ${r.name.trim()}`, `${fmt(r.medianUs)} µs/request`, '', note]),
    ratioRow('Overhead: resendkit ÷ openapi-fetch', o.resendkitVsOpenapiFetch, note, 1.1),
    ratioRow('Overhead: resendkit ÷ resend SDK', o.resendkitVsSdk, note, 0.8),
    ...(o.allOnVsSdk === undefined ? [] : [ratioRow(allOn, o.allOnVsSdk, note, 0.8)]),
  ];
}

/** The CPU rows of the overhead suite (fetch stubbed): each client's µs a call, then the ratios. */
function overheadCpuRows(o: OverheadResult, config: OverheadConfig): TableRow[] {
  const note = `fetch stubbed, in a fresh process; process CPU time; median of ${config.rounds} interleaved rounds × ${config.requestsPerRound * CPU_CALLS_PER_REQUEST} calls`;
  const untimed = 'Client CPU: resendkit without its timeout ÷ resend SDK (no timeout)';
  const telemetry = 'Client CPU: telemetry on, no-op providers ÷ telemetry off (all on)';
  return [
    ...o.cpuRows.map((r): TableRow => [`Client CPU per call: ${r.name.trim()}`, `${fmt(r.medianUs, 1)} µs`, '', note]),
    ratioRow('Client CPU: resendkit ÷ openapi-fetch', o.cpuResendkitVsOpenapiFetch, note, 1.2),
    ratioRow('Client CPU: resendkit ÷ resend SDK', o.cpuResendkitVsSdk, note, 2),
    ...(o.cpuUntimedVsSdk === undefined ? [] : [ratioRow(untimed, o.cpuUntimedVsSdk, note)]),
    ...(o.cpuTelemetryVsOff === undefined ? [] : [ratioRow(telemetry, o.cpuTelemetryVsOff, note, 1.1)]),
  ];
}

/** The overhead suite's rows: loopback, CPU, then per runtime. */
function overheadRows(results: BenchResults): TableRow[] {
  const o = results.overhead;
  if (!o) return [];
  const config = results.config.overhead;
  return [
    ...overheadLoopbackRows(o, config),
    ...overheadCpuRows(o, config),
    ...runtimeTableRows(o.runtimes ?? [], config.runtimes),
  ];
}

/** The limiter suite's rows: achieved rate, 429s, queue wait and lateness. */
function limiterRows(results: BenchResults): TableRow[] {
  const l = results.limiter;
  if (!l || l.length === 0) return [];
  const c = results.config.limiter;
  const note = `${runsNote(l.length)}, ${c.sends} concurrent sends, fake at ${c.rps}/${c.windowMs} ms`;
  const ratio = med(l, (r) => r.ratio);
  const limited = Math.max(...l.map((r) => r.rateLimited));
  return [
    [
      'Limiter: achieved ÷ allowed rate',
      `${fmt(
        med(l, (r) => r.achievedPerSecond),
        2,
      )}/s of ${fmt(l[0]!.allowedPerSecond, 2)}/s = ${fmt(ratio * 100, 1)} %`,
      `≥ 95 % ${mark(ratio >= 0.95)}`,
      note,
    ],
    ['Limiter: 429s (worst run)', fmt(limited), `0 ${mark(limited === 0)}`, note],
    [
      'Limiter: p99 queue wait',
      `${fmt(med(l, (r) => r.p99QueueWaitMs) / 1000, 2)} s`,
      'n/a (a burst queues by design)',
      note,
    ],
    ['Limiter: p99 lateness vs ideal FIFO schedule', `${fmt(med(l, (r) => r.p99LatenessMs))} ms`, '', note],
  ];
}

/** The row of `sendAll` with an idempotencyPrefix, when those runs were made. */
function bulkPrefixedRows(prefixed: readonly BulkRun[], results: BenchResults): TableRow[] {
  if (prefixed.length === 0) return [];
  const c = results.config.bulk;
  const seconds = med(prefixed, (r) => r.elapsedMs) / 1000;
  const clean = prefixed.every(
    (r) => r.rateLimited + r.duplicates + r.missing + r.badResults === 0 && r.results === c.emails,
  );
  return [
    [
      `Bulk: sendAll ${fmt(c.emails)} emails with idempotencyPrefix (re-run safe)`,
      `${fmt(seconds, 1)} s, ${fmt(med(prefixed, (r) => r.requests))} requests (one bucket per 50 emails; ${fmt(med(prefixed, (r) => r.emailsPerSecond))} emails/s)`,
      `0 429s/duplicates/missing, ids match ${mark(clean)}`,
      `${runsNote(prefixed.length)}, fake at ${c.rps}/${c.windowMs} ms`,
    ],
  ];
}

/** The bulk suite's rows: `sendAll` time and correctness, the prefixed runs, the naive extrapolation. */
function bulkRows(results: BenchResults): TableRow[] {
  const b = results.bulk;
  if (!b || b.runs.length === 0) return [];
  const c = results.config.bulk;
  const note = `${runsNote(b.runs.length)}, fake at ${c.rps}/${c.windowMs} ms`;
  const seconds = med(b.runs, (r) => r.elapsedMs) / 1000;
  const targetSeconds = (21 * c.emails) / 10_000;
  const worst = (pick: (r: BulkRun) => number) => Math.max(...b.runs.map(pick));
  const resultsOk = b.runs.every((r) => r.results === c.emails && r.badResults === 0);
  return [
    [
      `Bulk: sendAll ${fmt(c.emails)} emails`,
      `${fmt(seconds, 1)} s (${fmt(med(b.runs, (r) => r.emailsPerSecond))} emails/s, ${fmt(med(b.runs, (r) => r.ratioOfCeiling) * 100, 1)} % of ceiling)`,
      `≤ ${fmt(targetSeconds, 1)} s ${mark(seconds <= targetSeconds)}`,
      note,
    ],
    [
      'Bulk: 429s / duplicates / missing (worst run)',
      `${worst((r) => r.rateLimited)} / ${worst((r) => r.duplicates)} / ${worst((r) => r.missing)}`,
      `0 / 0 / 0 ${mark(worst((r) => r.rateLimited + r.duplicates + r.missing) === 0)}`,
      note,
    ],
    [
      'Bulk: one result per email, ids match the fake',
      `${b.runs[0]!.results} results, ${worst((r) => r.badResults)} wrong`,
      `${fmt(c.emails)} ${mark(resultsOk)}`,
      note,
    ],
    ['Bulk: requests made', fmt(med(b.runs, (r) => r.requests)), `${fmt(Math.ceil(c.emails / 100))}`, note],
    ...bulkPrefixedRows(b.prefixed ?? [], results),
    [
      `Bulk: naive, one POST /emails each (**extrapolated** from ${b.naive.sample})`,
      `${fmt(b.naive.extrapolatedMs / 60_000, 1)} min for ${fmt(b.naive.extrapolatedTo)} (sample: ${fmt(b.naive.elapsedMs / 1000, 1)} s, ${b.naive.rateLimited} 429s)`,
      'comparison only',
      '1 run',
    ],
  ];
}

/** The scheduled suite's row: `sendAll` of scheduled emails, batched. */
function scheduledRows(results: BenchResults): TableRow[] {
  const s = results.scheduled;
  if (!s || s.length === 0) return [];
  const c = results.config.bulk;
  const seconds = med(s, (r) => r.elapsedMs) / 1000;
  const targetSeconds = (21 * c.emails) / 10_000;
  const oneByOneMinutes = (c.emails * c.windowMs) / c.rps / 60_000;
  const clean = s.every(
    (r) =>
      r.rateLimited + r.duplicates + r.missing + r.badResults + (r.notScheduled ?? 0) === 0 && r.results === c.emails,
  );
  return [
    [
      `Bulk: sendAll ${fmt(c.emails)} scheduled emails (batched)`,
      `${fmt(seconds, 1)} s, ${fmt(med(s, (r) => r.requests))} requests (one by one: ${fmt(oneByOneMinutes, 1)} min)`,
      `≤ ${fmt(targetSeconds, 1)} s, all scheduled, 0 429s/duplicates/missing ${mark(seconds <= targetSeconds && clean)}`,
      `${runsNote(s.length)}, fake at ${c.rps}/${c.windowMs} ms`,
    ],
  ];
}

/** The pagination suite's rows: items a second and peak heap growth. */
function paginationRows(p: PaginationResult | undefined): TableRow[] {
  if (!p || p.runs.length === 0) return [];
  const note = `${runsNote(p.runs.length)}, limit 100, limiter off, fake in a child process`;
  const growth = med(p.runs, (r) => r.peakHeapGrowthMB);
  return [
    [
      `Pagination: ${fmt(p.runs[0]!.items)} items`,
      `${fmt(med(p.runs, (r) => r.itemsPerSecond))} items/s (${fmt(med(p.runs, (r) => r.elapsedMs) / 1000, 1)} s)`,
      '',
      note,
    ],
    [
      'Pagination: peak heap growth (retained after GC)',
      `${fmt(growth, 1)} MB (${fmt(
        med(p.runs, (r) => r.retainedHeapMB),
        1,
      )} MB)`,
      `< 30 MB ${mark(growth < 30)}`,
      note,
    ],
  ];
}

/** The codegen suite's rows: `pnpm generate` and the consumer's type-check. */
function codegenRows(g: CodegenResult | undefined): TableRow[] {
  if (!g || g.generateMs.length === 0) return [];
  const note = runsNote(g.generateMs.length);
  return [
    [
      'Codegen: pnpm generate (lint + bundle + openapi-typescript)',
      `${fmt(median(g.generateMs) / 1000, 2)} s`,
      '',
      `${note}, child process, on a temp copy`,
    ],
    [
      'Types: tsc --noEmit, consumer calling 50 operations',
      `${fmt(median(g.tscConsumerMs) / 1000, 2)} s`,
      '',
      `${note}, child process`,
    ],
  ];
}

/** The distributed suite's rows of single sends from many processes sharing one Redis limit. */
function distributedSendRows(d: DistributedResult, c: DistributedConfig): TableRow[] {
  const note = `1 run, ${c.workers} processes × ${c.sendsPerWorker} sends, one Redis, fake at ${c.rps}/${c.windowMs} ms`;
  const failedNote = Object.entries(d.failedNames)
    .map(([name, n]) => `${n} × ${name}`)
    .join(', ');
  return [
    [
      'Distributed: aggregate ÷ allowed rate',
      `${fmt(d.achievedPerSecond, 2)}/s of ${fmt(d.allowedPerSecond, 2)}/s = ${fmt(d.ratio * 100, 1)} %`,
      `≥ 95 % ${mark(d.ratio >= 0.95)}`,
      note,
    ],
    [
      'Distributed: 429s / max requests in any window',
      `${d.rateLimited} / ${d.maxPerWindow}`,
      `0 / ≤ ${c.rps} ${mark(d.rateLimited === 0 && d.maxPerWindow <= c.rps)}`,
      note,
    ],
    ['Distributed: sends failed', failedNote || '0', `0 ${mark(d.failed === 0)}`, note],
    [
      'Distributed: median request latency (each slot counts latency + 1 window)',
      `${fmt(d.medianLatencyMs)} ms`,
      '',
      note,
    ],
  ];
}

/** The distributed suite's rows of `sendAll` from several processes, and of one acquire+release. */
function distributedBulkRows(d: DistributedResult, c: DistributedConfig): TableRow[] {
  const note = `1 run, ${c.bulkProcesses} processes × sendAll ${fmt(c.bulkEmailsPerProcess)} emails, one Redis, fake at ${c.rps}/${c.windowMs} ms`;
  const total = c.bulkProcesses * c.bulkEmailsPerProcess;
  const target = (21 * total) / 10_000;
  return [
    [
      `Distributed: sendAll ${fmt(total)} emails from ${c.bulkProcesses} processes`,
      `${fmt(d.bulkElapsedMs / 1000, 1)} s (${fmt(d.bulkRequests)} requests, median latency ${fmt(d.bulkMedianLatencyMs)} ms)`,
      `≤ ${fmt(target, 1)} s ${mark(d.bulkElapsedMs / 1000 <= target)}`,
      note,
    ],
    [
      'Distributed: 429s / duplicates / missing',
      `${d.bulkRateLimited} / ${d.bulkDuplicates} / ${d.bulkMissing}`,
      `0 / 0 / 0 ${mark(d.bulkRateLimited + d.bulkDuplicates + d.bulkMissing === 0)}`,
      note,
    ],
    [
      'Distributed: one acquire+release, local Redis',
      `p50 ${fmt(d.acquireReleaseP50Us)} µs, p99 ${fmt(d.acquireReleaseP99Us)} µs`,
      '',
      `${fmt(c.latencySamples)} sequential pairs, node-redis 5`,
    ],
  ];
}

/** The distributed suite's rows: single sends, then `sendAll`, from processes sharing one Redis limit. */
function distributedRows(results: BenchResults): TableRow[] {
  const d = results.distributed;
  if (!d) return [];
  const c = results.config.distributed;
  return [...distributedSendRows(d, c), ...distributedBulkRows(d, c)];
}

/** The lanes suite's rows: interactive waits during bulk, the bulk rate's shares, errors. */
function lanesRows(results: BenchResults): TableRow[] {
  const lanes = results.lanes;
  if (!lanes) return [];
  const c = results.config.lanes;
  const note = `1 run, sendAll ${fmt(c.emails)} + ${fmt(c.singles)} single sends (bulk lane) with an interactive send every ${c.everyMs} ms from the same process and from another, one Redis, fake at ${c.limit}/${c.windowMs} ms`;
  // With the reserve lent, bulk alone gets the whole limit and the interactive traffic comes out of
  // it: this share cannot exceed 1 - interactive rate ÷ that ceiling, printed as its bound.
  const bound = 1 - lanes.interactivePerSecond / lanes.bulkAlonePerSecond;
  return [
    [
      `Lanes: interactive wait during bulk (${lanes.interactiveSends} sends)`,
      `p50 ${fmt(lanes.interactiveP50Ms)} ms, p99 ${fmt(lanes.interactiveP99Ms)} ms, max ${fmt(lanes.interactiveMaxMs)} ms`,
      `p99 ≤ 1500 ms ${mark(lanes.interactiveP99Ms <= 1500)}`,
      note,
    ],
    [
      "Lanes: bulk rate with interactive traffic ÷ the bulk lane's ceiling (bulk alone, reserve held)",
      `${fmt(lanes.bulkPerSecond, 2)}/s ÷ ${fmt(lanes.bulkLanePerSecond, 2)}/s = ${fmt(lanes.bulkLaneShare * 100, 1)} %`,
      `≥ 90 % ${mark(lanes.bulkLaneShare >= 0.9)}`,
      note,
    ],
    [
      'Lanes: bulk rate with interactive traffic ÷ the whole limit (bulk alone, reserve lent)',
      `${fmt(lanes.bulkPerSecond, 2)}/s ÷ ${fmt(lanes.bulkAlonePerSecond, 2)}/s = ${fmt(lanes.bulkShare * 100, 1)} %`,
      `n/a (at most ${fmt(bound * 100, 1)} % with ${fmt(lanes.interactivePerSecond, 2)} interactive/s)`,
      note,
    ],
    [
      'Lanes: 429s / duplicates / missing / failed',
      `${lanes.rateLimited} / ${lanes.duplicates} / ${lanes.missing} / ${lanes.failed}`,
      `0 / 0 / 0 / 0 ${mark(lanes.rateLimited + lanes.duplicates + lanes.missing + lanes.failed === 0)}`,
      `${note}; ${fmt(lanes.elapsedMs / 1000, 1)} s`,
    ],
  ];
}

/** The queue suite's rows: drain time and errors, plain and with a worker killed halfway. */
function queueRows(results: BenchResults): TableRow[] {
  const q = results.queue;
  if (!q) return [];
  const c = results.config.queue;
  const note = `1 run, ${fmt(c.emails)} emails enqueued (${fmt(q.enqueueMs / 1000, 1)} s), ${c.workers} worker processes, one Redis, fake at ${c.limit}/${c.windowMs} ms`;
  const target = (22 * c.emails) / 10_000;
  const drains = [
    ['', q.plain],
    [', one worker SIGKILLed halfway and restarted', q.killed],
  ] as const;
  return drains.flatMap(([label, r]): TableRow[] => [
    [
      `Queue: drain${label}`,
      `${fmt(r.drainMs / 1000, 1)} s (${fmt(r.requests)} requests)`,
      `≤ ${fmt(target, 1)} s ${mark(r.drainMs / 1000 <= target)}`,
      note,
    ],
    [
      `Queue: 429s / duplicates / missing${label}`,
      `${r.rateLimited} / ${r.duplicates} / ${r.missing}`,
      `0 / 0 / 0 ${mark(r.rateLimited + r.duplicates + r.missing === 0)}`,
      note,
    ],
  ]);
}

/** Renders the results as markdown: a machine line, then one table. */
export function renderTable(results: BenchResults): string {
  const { machine } = results;
  const rows: TableRow[] = [
    ...overheadRows(results),
    ...garbageTableRows(results.garbage),
    ...startupTableRows(results.startup),
    ...limiterRows(results),
    ...bulkRows(results),
    ...scheduledRows(results),
    ...paginationRows(results.pagination),
    ...codegenRows(results.codegen),
    ...distributedRows(results),
    ...lanesRows(results),
    ...queueRows(results),
  ];
  return [
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node} (${machine.platform} ${machine.arch}); ${results.config.mode} run, ${results.date}`,
    '',
    '| Benchmark | Figure | Target | Runs |',
    '|---|---|---|---|',
    ...rows.map(([name, figure, target, runs]) => `| ${name} | ${figure} | ${target} | ${runs} |`),
  ].join('\n');
}
