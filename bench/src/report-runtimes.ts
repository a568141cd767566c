/** The per-runtime rows of the markdown table `pnpm bench` prints. */
import type { RuntimeFigures, RuntimeOverheadRow } from './overhead-runtime-report.js';
import type { RuntimeRounds } from './overhead-clients.js';

/** One table row: benchmark, figure, target, runs. */
export type TableRow = [string, string, string, string];

const us = (value: number) => (Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 }) : 'n/a');
const times = (value: number) => `${value.toFixed(2)}×`;

function figure(f: RuntimeFigures): string {
  return `resendkit ${us(f.resendkitUs)} µs, SDK ${us(f.sdkUs)} µs, openapi-fetch ${us(f.openapiFetchUs)} µs: ${times(f.vsSdk)} the SDK, ${times(f.vsOpenapiFetch)} openapi-fetch`;
}

/** Two rows per runtime (loopback, CPU), or one row carrying the runtime's error. */
export function runtimeTableRows(rows: readonly RuntimeOverheadRow[], rounds: RuntimeRounds | undefined): TableRow[] {
  const n = rounds ? `${rounds.rounds} interleaved rounds × ` : '';
  const loopNote = `fresh process per runtime, built packages; median of ${n}${rounds?.requestsPerRound ?? '?'} requests`;
  const cpuNote = `fetch stubbed, fresh process; median of ${n}${(rounds?.requestsPerRound ?? 0) * 5 || '?'} calls`;
  const out: TableRow[] = [];
  for (const row of rows) {
    const name = `${row.runtime}${row.version ? ` (${row.version})` : ''}`;
    if (row.loopback) out.push([`Per runtime, ${name}: loopback POST /emails, all on`, figure(row.loopback), '', loopNote]);
    if (row.cpu) out.push([`Per runtime, ${name}: client CPU per call${row.cpu.clock === 'wall' ? ' (elapsed time: no process.cpuUsage)' : ''}`, figure(row.cpu), '', cpuNote]);
    if (row.error) out.push([`Per runtime, ${name}`, `not measured: ${row.error}`, '', '']);
  }
  return out;
}
