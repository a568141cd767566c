/** The per-runtime rows of the markdown table `pnpm bench` prints. */
import type { RuntimeFigures, RuntimeOverheadRow } from './overhead-runtime-report.js';
import type { RuntimeRounds } from './overhead-clients.js';
import { CPU_CALLS_PER_REQUEST } from './cpu-rounds.js';

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
        `Per runtime, ${name}: loopback POST /emails, all on`,
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
