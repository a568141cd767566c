/**
 * The per-runtime chart `pnpm bench` writes (bench/overhead.svg): for each runtime, loopback µs per
 * `POST /emails` of resendkit (everything on), the official SDK and bare openapi-fetch as horizontal
 * bars on one scale, each labelled with its value. Hand-written SVG, no chart library.
 */
import type { RuntimeOverheadRow } from './overhead-runtime-report.js';

/** The bars of each runtime, in order: label, colour, figure. */
export const SERIES = [
  {
    label: '@resendkit/client (limiter, retries, timeout, idempotency on)',
    color: '#2563eb',
    pick: (r: RuntimeOverheadRow) => r.loopback?.resendkitUs,
  },
  { label: 'resend SDK', color: '#9ca3af', pick: (r: RuntimeOverheadRow) => r.loopback?.sdkUs },
  { label: 'bare openapi-fetch', color: '#f59e0b', pick: (r: RuntimeOverheadRow) => r.loopback?.openapiFetchUs },
] as const;

/** Layout, in SVG units. */
const LAYOUT = {
  width: 760,
  left: 170,
  right: 80,
  top: 78,
  bar: 14,
  gap: 3,
  groupGap: 16,
  font: 'system-ui, sans-serif',
};

const escape = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const label = (value: number) =>
  `${value.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} µs`;

/** What the chart's caption says about the run. */
export interface ChartCaption {
  date: string;
  machine: string;
}

/** The bars (or the "not measured" line) of one runtime, starting at `y`; returns the elements and the next y. */
function group(row: RuntimeOverheadRow, y: number, scale: number): { parts: string[]; next: number } {
  const { left, bar, gap, font } = LAYOUT;
  const parts = [
    `<text x="${left - 10}" y="${y + bar + 4}" text-anchor="end" font-family="${font}" font-size="13" font-weight="600">${escape(row.runtime)}</text>`,
  ];
  if (row.version)
    parts.push(
      `<text x="${left - 10}" y="${y + 2 * bar + 8}" text-anchor="end" font-family="${font}" font-size="10" fill="#6b7280">${escape(row.version)}</text>`,
    );
  if (!row.loopback) {
    parts.push(
      `<text x="${left}" y="${y + bar}" font-family="${font}" font-size="11" fill="#b91c1c">not measured: ${escape((row.error ?? 'no figures').slice(0, 90))}</text>`,
    );
    return { parts, next: y + 3 * (bar + gap) + LAYOUT.groupGap };
  }
  SERIES.forEach((series, i) => {
    const value = series.pick(row) ?? 0;
    const top = y + i * (bar + gap);
    const width = Math.max(1, value * scale);
    parts.push(
      `<rect class="bar" data-runtime="${escape(row.runtime)}" data-series="${i}" x="${left}" y="${top}" width="${width.toFixed(1)}" height="${bar}" fill="${series.color}"><title>${escape(`${row.runtime}, ${series.label}: ${label(value)}`)}</title></rect>`,
      `<text x="${(left + width + 4).toFixed(1)}" y="${top + bar - 3}" font-family="${font}" font-size="10">${label(value)}</text>`,
    );
  });
  return { parts, next: y + 3 * (bar + gap) + LAYOUT.groupGap };
}

/** The chart as an SVG document, from the per-runtime rows of one run. */
export function renderOverheadSvg(rows: readonly RuntimeOverheadRow[], caption: ChartCaption): string {
  const { width, left, right, top, font } = LAYOUT;
  const max = Math.max(1, ...rows.flatMap((r) => SERIES.map((s) => s.pick(r) ?? 0)));
  const scale = (width - left - right) / max;
  const body: string[] = [];
  let y = top;
  for (const row of rows) {
    const { parts, next } = group(row, y, scale);
    body.push(...parts);
    y = next;
  }
  const legend = SERIES.map(
    (s, i) =>
      `<rect x="${left + i * 200}" y="40" width="10" height="10" fill="${s.color}"/><text x="${left + i * 200 + 14}" y="49" font-family="${font}" font-size="10">${escape(s.label.replace(' (limiter, retries, timeout, idempotency on)', ', all on'))}</text>`,
  );
  const height = y + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="20" font-family="${font}" font-size="14" font-weight="600">Loopback POST /emails, µs per request (lower is better)</text>`,
    `<text x="12" y="${height - 8}" font-family="${font}" font-size="10" fill="#6b7280">${escape(`${caption.date} · ${caption.machine} · pnpm bench --only overhead`)}</text>`,
    ...legend,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
