/** The markdown table printed by `pnpm bench` (and pasted into the README). */
import type { BulkRun } from './bulk.js';
import { CPU_CALLS_PER_REQUEST } from './cpu-rounds.js';
import { garbageTableRows, runtimeTableRows, startupTableRows } from './report-runtimes.js';
import type { BenchResults } from './run.js';
import { median } from './stats.js';

const fmt = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';
const mark = (ok: boolean) => (ok ? '✅' : '❌');
const med = <T>(runs: readonly T[], pick: (run: T) => number) => median(runs.map(pick));
const runsNote = (n: number) => `median of ${n} run${n === 1 ? '' : 's'}`;

/** Renders the results as markdown: a machine line, then one table. */
export function renderTable(results: BenchResults): string {
  const { machine } = results;
  const lines = [
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node} (${machine.platform} ${machine.arch}); ${results.config.mode} run, ${results.date}`,
    '',
    '| Benchmark | Figure | Target | Runs |',
    '|---|---|---|---|',
  ];
  const row = (name: string, figure: string, target: string, runs: string) =>
    lines.push(`| ${name} | ${figure} | ${target} | ${runs} |`);

  const o = results.overhead;
  if (o) {
    const note = `median of ${results.config.overhead.rounds} interleaved rounds × ${results.config.overhead.requestsPerRound} sequential requests`;
    for (const r of o.rows) row(`Overhead: ${r.name.trim()}`, `${fmt(r.medianUs)} µs/request`, '', note);
    row(
      'Overhead: resendkit ÷ openapi-fetch',
      `${fmt(o.resendkitVsOpenapiFetch, 2)}×`,
      `≤ 1.10× ${mark(o.resendkitVsOpenapiFetch <= 1.1)}`,
      note,
    );
    row(
      'Overhead: resendkit ÷ resend SDK',
      `${fmt(o.resendkitVsSdk, 2)}×`,
      `≤ 0.80× ${mark(o.resendkitVsSdk <= 0.8)}`,
      note,
    );
    if (o.allOnVsSdk !== undefined) {
      row(
        'Overhead: resendkit, limiter + retries + timeout + idempotency on ÷ resend SDK',
        `${fmt(o.allOnVsSdk, 2)}×`,
        `≤ 0.80× ${mark(o.allOnVsSdk <= 0.8)}`,
        note,
      );
    }
    const cpuNote = `fetch stubbed, in a fresh process; process CPU time; median of ${results.config.overhead.rounds} interleaved rounds × ${results.config.overhead.requestsPerRound * CPU_CALLS_PER_REQUEST} calls`;
    for (const r of o.cpuRows) row(`Client CPU per call: ${r.name.trim()}`, `${fmt(r.medianUs, 1)} µs`, '', cpuNote);
    row(
      'Client CPU: resendkit ÷ openapi-fetch',
      `${fmt(o.cpuResendkitVsOpenapiFetch, 2)}×`,
      `≤ 1.20× ${mark(o.cpuResendkitVsOpenapiFetch <= 1.2)}`,
      cpuNote,
    );
    row(
      'Client CPU: resendkit ÷ resend SDK',
      `${fmt(o.cpuResendkitVsSdk, 2)}×`,
      `≤ 2.00× ${mark(o.cpuResendkitVsSdk <= 2)}`,
      cpuNote,
    );
    if (o.cpuUntimedVsSdk !== undefined)
      row(
        'Client CPU: resendkit without its timeout ÷ resend SDK (no timeout)',
        `${fmt(o.cpuUntimedVsSdk, 2)}×`,
        '',
        cpuNote,
      );
    if (o.cpuTelemetryVsOff !== undefined)
      row(
        'Client CPU: telemetry on, no-op providers ÷ telemetry off (all on)',
        `${fmt(o.cpuTelemetryVsOff, 2)}×`,
        `≤ 1.10× ${mark(o.cpuTelemetryVsOff <= 1.1)}`,
        cpuNote,
      );
    for (const cells of runtimeTableRows(o.runtimes ?? [], results.config.overhead.runtimes)) row(...cells);
  }
  for (const cells of garbageTableRows(results.garbage)) row(...cells);
  for (const cells of startupTableRows(results.startup)) row(...cells);
  const l = results.limiter;
  if (l && l.length > 0) {
    const c = results.config.limiter;
    const note = `${runsNote(l.length)}, ${c.sends} concurrent sends, fake at ${c.rps}/${c.windowMs} ms`;
    const ratio = med(l, (r) => r.ratio);
    const limited = Math.max(...l.map((r) => r.rateLimited));
    row(
      'Limiter: achieved ÷ allowed rate',
      `${fmt(
        med(l, (r) => r.achievedPerSecond),
        2,
      )}/s of ${fmt(l[0]!.allowedPerSecond, 2)}/s = ${fmt(ratio * 100, 1)} %`,
      `≥ 95 % ${mark(ratio >= 0.95)}`,
      note,
    );
    row('Limiter: 429s (worst run)', fmt(limited), `0 ${mark(limited === 0)}`, note);
    row(
      'Limiter: p99 queue wait',
      `${fmt(med(l, (r) => r.p99QueueWaitMs) / 1000, 2)} s`,
      'n/a (a burst queues by design)',
      note,
    );
    row('Limiter: p99 lateness vs ideal FIFO schedule', `${fmt(med(l, (r) => r.p99LatenessMs))} ms`, '', note);
  }
  const b = results.bulk;
  if (b && b.runs.length > 0) {
    const c = results.config.bulk;
    const note = `${runsNote(b.runs.length)}, fake at ${c.rps}/${c.windowMs} ms`;
    const seconds = med(b.runs, (r) => r.elapsedMs) / 1000;
    const targetSeconds = (21 * c.emails) / 10_000;
    const bulkRuns = b.runs;
    const worst = (pick: (r: BulkRun) => number) => Math.max(...bulkRuns.map(pick));
    row(
      `Bulk: sendAll ${fmt(c.emails)} emails`,
      `${fmt(seconds, 1)} s (${fmt(med(b.runs, (r) => r.emailsPerSecond))} emails/s, ${fmt(med(b.runs, (r) => r.ratioOfCeiling) * 100, 1)} % of ceiling)`,
      `≤ ${fmt(targetSeconds, 1)} s ${mark(seconds <= targetSeconds)}`,
      note,
    );
    row(
      'Bulk: 429s / duplicates / missing (worst run)',
      `${worst((r) => r.rateLimited)} / ${worst((r) => r.duplicates)} / ${worst((r) => r.missing)}`,
      `0 / 0 / 0 ${mark(worst((r) => r.rateLimited + r.duplicates + r.missing) === 0)}`,
      note,
    );
    const resultsOk = b.runs.every((r) => r.results === c.emails && r.badResults === 0);
    row(
      'Bulk: one result per email, ids match the fake',
      `${b.runs[0]!.results} results, ${worst((r) => r.badResults)} wrong`,
      `${fmt(c.emails)} ${mark(resultsOk)}`,
      note,
    );
    row('Bulk: requests made', fmt(med(b.runs, (r) => r.requests)), `${fmt(Math.ceil(c.emails / 100))}`, note);
    const pr = b.prefixed ?? [];
    if (pr.length > 0) {
      const prSeconds = med(pr, (r) => r.elapsedMs) / 1000;
      const clean = pr.every(
        (r) => r.rateLimited + r.duplicates + r.missing + r.badResults === 0 && r.results === c.emails,
      );
      row(
        `Bulk: sendAll ${fmt(c.emails)} emails with idempotencyPrefix (re-run safe)`,
        `${fmt(prSeconds, 1)} s, ${fmt(med(pr, (r) => r.requests))} requests (one bucket per 50 emails; ${fmt(med(pr, (r) => r.emailsPerSecond))} emails/s)`,
        `0 429s/duplicates/missing, ids match ${mark(clean)}`,
        `${runsNote(pr.length)}, fake at ${c.rps}/${c.windowMs} ms`,
      );
    }
    row(
      `Bulk: naive, one POST /emails each (**extrapolated** from ${b.naive.sample})`,
      `${fmt(b.naive.extrapolatedMs / 60_000, 1)} min for ${fmt(b.naive.extrapolatedTo)} (sample: ${fmt(b.naive.elapsedMs / 1000, 1)} s, ${b.naive.rateLimited} 429s)`,
      'comparison only',
      '1 run',
    );
  }
  const s = results.scheduled;
  if (s && s.length > 0) {
    const c = results.config.bulk;
    const note = `${runsNote(s.length)}, fake at ${c.rps}/${c.windowMs} ms`;
    const seconds = med(s, (r) => r.elapsedMs) / 1000;
    const targetSeconds = (21 * c.emails) / 10_000;
    const oneByOneMinutes = (c.emails * c.windowMs) / c.rps / 60_000;
    const clean = s.every(
      (r) =>
        r.rateLimited + r.duplicates + r.missing + r.badResults + (r.notScheduled ?? 0) === 0 && r.results === c.emails,
    );
    row(
      `Bulk: sendAll ${fmt(c.emails)} scheduled emails (batched)`,
      `${fmt(seconds, 1)} s, ${fmt(med(s, (r) => r.requests))} requests (one by one: ${fmt(oneByOneMinutes, 1)} min)`,
      `≤ ${fmt(targetSeconds, 1)} s, all scheduled, 0 429s/duplicates/missing ${mark(seconds <= targetSeconds && clean)}`,
      note,
    );
  }
  const p = results.pagination;
  if (p && p.runs.length > 0) {
    const note = `${runsNote(p.runs.length)}, limit 100, limiter off, fake in a child process`;
    const growth = med(p.runs, (r) => r.peakHeapGrowthMB);
    row(
      `Pagination: ${fmt(p.runs[0]!.items)} items`,
      `${fmt(med(p.runs, (r) => r.itemsPerSecond))} items/s (${fmt(med(p.runs, (r) => r.elapsedMs) / 1000, 1)} s)`,
      '',
      note,
    );
    row(
      'Pagination: peak heap growth (retained after GC)',
      `${fmt(growth, 1)} MB (${fmt(
        med(p.runs, (r) => r.retainedHeapMB),
        1,
      )} MB)`,
      `< 30 MB ${mark(growth < 30)}`,
      note,
    );
  }
  const g = results.codegen;
  if (g && g.generateMs.length > 0) {
    const note = runsNote(g.generateMs.length);
    row(
      'Codegen: pnpm generate (lint + bundle + openapi-typescript)',
      `${fmt(median(g.generateMs) / 1000, 2)} s`,
      '',
      `${note}, child process, on a temp copy`,
    );
    row(
      'Types: tsc --noEmit, consumer calling 50 operations',
      `${fmt(median(g.tscConsumerMs) / 1000, 2)} s`,
      '',
      `${note}, child process`,
    );
  }
  const d = results.distributed;
  if (d) {
    const c = results.config.distributed;
    const note = `1 run, ${c.workers} processes × ${c.sendsPerWorker} sends, one Redis, fake at ${c.rps}/${c.windowMs} ms`;
    row(
      'Distributed: aggregate ÷ allowed rate',
      `${fmt(d.achievedPerSecond, 2)}/s of ${fmt(d.allowedPerSecond, 2)}/s = ${fmt(d.ratio * 100, 1)} %`,
      `≥ 95 % ${mark(d.ratio >= 0.95)}`,
      note,
    );
    row(
      'Distributed: 429s / max requests in any window',
      `${d.rateLimited} / ${d.maxPerWindow}`,
      `0 / ≤ ${c.rps} ${mark(d.rateLimited === 0 && d.maxPerWindow <= c.rps)}`,
      note,
    );
    const failedNote = Object.entries(d.failedNames)
      .map(([name, n]) => `${n} × ${name}`)
      .join(', ');
    row('Distributed: sends failed', failedNote || '0', `0 ${mark(d.failed === 0)}`, note);
    row(
      'Distributed: median request latency (each slot counts latency + 1 window)',
      `${fmt(d.medianLatencyMs)} ms`,
      '',
      note,
    );
    const bulkNote = `1 run, ${c.bulkProcesses} processes × sendAll ${fmt(c.bulkEmailsPerProcess)} emails, one Redis, fake at ${c.rps}/${c.windowMs} ms`;
    const total = c.bulkProcesses * c.bulkEmailsPerProcess;
    const target = (21 * total) / 10_000;
    row(
      `Distributed: sendAll ${fmt(total)} emails from ${c.bulkProcesses} processes`,
      `${fmt(d.bulkElapsedMs / 1000, 1)} s (${fmt(d.bulkRequests)} requests, median latency ${fmt(d.bulkMedianLatencyMs)} ms)`,
      `≤ ${fmt(target, 1)} s ${mark(d.bulkElapsedMs / 1000 <= target)}`,
      bulkNote,
    );
    row(
      'Distributed: 429s / duplicates / missing',
      `${d.bulkRateLimited} / ${d.bulkDuplicates} / ${d.bulkMissing}`,
      `0 / 0 / 0 ${mark(d.bulkRateLimited + d.bulkDuplicates + d.bulkMissing === 0)}`,
      bulkNote,
    );
    row(
      'Distributed: one acquire+release, local Redis',
      `p50 ${fmt(d.acquireReleaseP50Us)} µs, p99 ${fmt(d.acquireReleaseP99Us)} µs`,
      '',
      `${fmt(c.latencySamples)} sequential pairs, node-redis 5`,
    );
  }
  const lanes = results.lanes;
  if (lanes) {
    const c = results.config.lanes;
    const note = `1 run, sendAll ${fmt(c.emails)} + ${fmt(c.singles)} single sends (bulk lane) with an interactive send every ${c.everyMs} ms from the same process and from another, one Redis, fake at ${c.limit}/${c.windowMs} ms`;
    row(
      `Lanes: interactive wait during bulk (${lanes.interactiveSends} sends)`,
      `p50 ${fmt(lanes.interactiveP50Ms)} ms, p99 ${fmt(lanes.interactiveP99Ms)} ms, max ${fmt(lanes.interactiveMaxMs)} ms`,
      `p99 ≤ 1500 ms ${mark(lanes.interactiveP99Ms <= 1500)}`,
      note,
    );
    row(
      "Lanes: bulk rate with interactive traffic ÷ the bulk lane's ceiling (bulk alone, reserve held)",
      `${fmt(lanes.bulkPerSecond, 2)}/s ÷ ${fmt(lanes.bulkLanePerSecond, 2)}/s = ${fmt(lanes.bulkLaneShare * 100, 1)} %`,
      `≥ 90 % ${mark(lanes.bulkLaneShare >= 0.9)}`,
      note,
    );
    // With the reserve lent, bulk alone gets the whole limit and the interactive traffic comes out of
    // it: this share cannot exceed 1 - interactive rate ÷ that ceiling, printed as its bound.
    const bound = 1 - lanes.interactivePerSecond / lanes.bulkAlonePerSecond;
    row(
      'Lanes: bulk rate with interactive traffic ÷ the whole limit (bulk alone, reserve lent)',
      `${fmt(lanes.bulkPerSecond, 2)}/s ÷ ${fmt(lanes.bulkAlonePerSecond, 2)}/s = ${fmt(lanes.bulkShare * 100, 1)} %`,
      `n/a (at most ${fmt(bound * 100, 1)} % with ${fmt(lanes.interactivePerSecond, 2)} interactive/s)`,
      note,
    );
    row(
      'Lanes: 429s / duplicates / missing / failed',
      `${lanes.rateLimited} / ${lanes.duplicates} / ${lanes.missing} / ${lanes.failed}`,
      `0 / 0 / 0 / 0 ${mark(lanes.rateLimited + lanes.duplicates + lanes.missing + lanes.failed === 0)}`,
      `${note}; ${fmt(lanes.elapsedMs / 1000, 1)} s`,
    );
  }
  const q = results.queue;
  if (q) {
    const c = results.config.queue;
    const note = `1 run, ${fmt(c.emails)} emails enqueued (${fmt(q.enqueueMs / 1000, 1)} s), ${c.workers} worker processes, one Redis, fake at ${c.limit}/${c.windowMs} ms`;
    const target = (22 * c.emails) / 10_000;
    for (const [label, r] of [
      ['', q.plain],
      [', one worker SIGKILLed halfway and restarted', q.killed],
    ] as const) {
      const clean = r.rateLimited + r.duplicates + r.missing === 0;
      row(
        `Queue: drain${label}`,
        `${fmt(r.drainMs / 1000, 1)} s (${fmt(r.requests)} requests)`,
        `≤ ${fmt(target, 1)} s ${mark(r.drainMs / 1000 <= target)}`,
        note,
      );
      row(
        `Queue: 429s / duplicates / missing${label}`,
        `${r.rateLimited} / ${r.duplicates} / ${r.missing}`,
        `0 / 0 / 0 ${mark(clean)}`,
        note,
      );
    }
  }
  return lines.join('\n');
}
