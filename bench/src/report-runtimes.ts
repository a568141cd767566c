/** The per-runtime rows of the markdown table `pnpm bench` prints: overhead, garbage and start-up. */
import type { RuntimeFigures, RuntimeOverheadRow } from './overhead-runtime-report.js';
import type { RuntimeRounds } from './overhead-clients.js';
import { CPU_CALLS_PER_REQUEST } from './cpu-rounds.js';
import type { GarbageResult } from './garbage.js';
import { STARTUP_LIBRARIES, type StartupResult } from './startup.js';

/** One table row: benchmark, figure, target, runs. */
export type TableRow = [string, string, string, string];

const us = (value: number) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })
    : 'n/a';
const times = (value: number) => `${value.toFixed(2)}×`;

function figure(f: RuntimeFigures): string {
  return `resendkit ${us(f.resendkitUs)} µs, SDK ${us(f.sdkUs)} µs, openapi-fetch ${us(f.openapiFetchUs)} µs: ${times(f.vsSdk)} the SDK, ${times(f.vsOpenapiFetch)} openapi-fetch`;
}

/** Two rows per runtime (loopback, CPU), or one row carrying the runtime's error. */
export function runtimeTableRows(rows: readonly RuntimeOverheadRow[], rounds: RuntimeRounds | undefined): TableRow[] {
  const requests = rounds?.requestsPerRound ?? 0;
  const budget = rounds?.budgetMs === undefined ? '' : ` (of ${rounds.rounds} within ${rounds.budgetMs / 1000} s)`;
  const note = (f: RuntimeFigures, per: string) =>
    `fresh process, built packages; median of ${f.rounds} interleaved rounds${budget} × ${per}`;
  const out: TableRow[] = [];
  for (const row of rows) {
    const name = `${row.runtime}${row.version ? ` (${row.version})` : ''}`;
    if (row.loopback)
      out.push([
        `Per runtime, ${name}: loopback POST /emails, all on${row.loopback.transport ? `, ${row.loopback.transport} path` : ''}`,
        figure(row.loopback),
        '',
        note(row.loopback, `${requests} requests`),
      ]);
    if (row.cpu) {
      const clock = row.cpu.clock === 'wall' ? ' (elapsed time: no process.cpuUsage)' : '';
      out.push([
        `Per runtime, ${name}: client CPU per call${clock}`,
        figure(row.cpu),
        '',
        `fetch stubbed, ${note(row.cpu, `${requests * CPU_CALLS_PER_REQUEST} calls`)}`,
      ]);
    }
    if (row.error) out.push([`Per runtime, ${name}`, `not measured: ${row.error}`, '', '']);
  }
  return out;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** One row per runtime of the start-up suite (or one carrying its error). */
export function startupTableRows(result: StartupResult | undefined): TableRow[] {
  if (!result) return [];
  const note = `fresh processes, one bundle per library, built packages; median of ${result.processes} per library`;
  return result.rows.map((row): TableRow => {
    if (!row.libraries) return [`Start-up, ${row.runtime}`, `not measured: ${row.error ?? 'no figures'}`, '', ''];
    const figures = STARTUP_LIBRARIES.map((library) => {
      const f = row.libraries?.[library];
      if (!f) return `${library} n/a`;
      if (library === 'bare fetch') return `bare fetch: boot ${ms(f.readyMs)}, first request ${ms(f.firstMs)}`;
      const make = `client made in ${f.createMs.toFixed(2)} ms, later ${f.againMs.toFixed(3)} ms`;
      return `${library}: import +${ms(f.importMs)}, first request ${ms(f.firstMs)} (${make}), total ${ms(f.totalMs)}`;
    });
    return [`Start-up, ${row.runtime}: process start to first answer`, figures.join('; '), '', note];
  });
}

const kB = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);

/** One row per runtime of the garbage suite: each client's bytes a call less the stub's (or the runtime's error). */
export function garbageTableRows(result: GarbageResult | undefined): TableRow[] {
  if (!result) return [];
  const note = `fetch stubbed, fresh process, built packages; V8's sampling heap profiler over ${result.calls} calls after as many`;
  return result.rows.map((row): TableRow => {
    const name = `Garbage per call, ${row.runtime}${row.version ? ` (${row.version})` : ''}`;
    if (row.error !== undefined || row.stubBytes === undefined)
      return [name, `not measured: ${row.error ?? 'no figures'}`, '', ''];
    const own = (bytes: number | undefined) => kB(bytes === undefined ? undefined : bytes - (row.stubBytes as number));
    const ratio = (other: number | undefined) =>
      row.resendkitBytes === undefined || other === undefined
        ? 'n/a'
        : times((row.resendkitBytes - (row.stubBytes as number)) / (other - (row.stubBytes as number)));
    const figures = `resendkit ${own(row.resendkitBytes)}, SDK ${own(row.sdkBytes)}, openapi-fetch ${own(row.openapiFetchBytes)} beyond the stub's ${kB(row.stubBytes)}: ${ratio(row.sdkBytes)} the SDK, ${ratio(row.openapiFetchBytes)} openapi-fetch`;
    return [name, figures, '', note];
  });
}
