import { describe, expect, it } from 'vitest';
import type { RuntimeOverheadRow } from '../src/overhead-runtime-report.js';
import { renderOverheadSvg } from '../src/overhead-svg.js';

const figures = (resendkitUs: number, sdkUs: number, openapiFetchUs: number) => ({
  resendkitUs,
  sdkUs,
  openapiFetchUs,
  vsSdk: resendkitUs / sdkUs,
  vsOpenapiFetch: resendkitUs / openapiFetchUs,
  rounds: 3,
});

const rows: RuntimeOverheadRow[] = [
  { runtime: 'Node 20 (machine)', version: 'Node v20.0.0', loopback: figures(50, 120.5, 45) },
  { runtime: 'Bun', version: 'Bun 1.0.0', loopback: figures(30, 60, 240) },
  { runtime: 'Deno', error: 'deno missing: run `pnpm install` <here>' },
];

describe('overhead chart', () => {
  const svg = renderOverheadSvg(rows, { date: '2026-01-02', machine: 'Test CPU, 2 cores' });
  const bars = [
    ...svg.matchAll(
      /<rect class="bar" data-runtime="([^"]+)" data-series="(\d)" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g,
    ),
  ];

  it('draws resendkit, the SDK and openapi-fetch for every measured runtime', () => {
    expect(bars.map((m) => `${m[1]}/${m[2]}`)).toEqual([
      'Node 20 (machine)/0',
      'Node 20 (machine)/1',
      'Node 20 (machine)/2',
      'Bun/0',
      'Bun/1',
      'Bun/2',
    ]);
  });

  it('draws every bar on one scale, the largest value the longest', () => {
    const widths = bars.map((m) => Number(m[3]));
    expect(Math.max(...widths)).toBe(widths[5]);
    // 120.5 and 60 µs: half the length, to rounding.
    expect((widths[4] as number) / (widths[1] as number)).toBeCloseTo(60 / 120.5, 2);
  });

  it('labels each bar with its value and each group with its runtime and version', () => {
    for (const label of [
      '50.0 µs',
      '120.5 µs',
      '45.0 µs',
      '30.0 µs',
      '60.0 µs',
      '240.0 µs',
      'Node v20.0.0',
      'Bun 1.0.0',
      '2026-01-02',
    ])
      expect(svg).toContain(label);
  });

  it('says why a runtime has no bars, escaped', () => {
    expect(svg).toContain('not measured: deno missing: run `pnpm install` &#60;here&#62;');
    expect(svg).not.toContain('<here>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
});
