import { describe, expect, it } from 'vitest';
import { startupTableRows } from '../src/report-runtimes.js';
import { STARTUP_LIBRARIES, measureStartup } from '../src/startup.js';

describe('start-up suite', () => {
  it('times each library in fresh processes and turns a missing or failing runtime into one line', async () => {
    const result = await measureStartup(
      { processes: 2 },
      {
        // The sources, not dist/: this test runs before any build.
        source: 'src',
        targets: [
          { runtime: 'this node', command: process.execPath, args: [] },
          { runtime: 'Node 99', args: [], missing: 'Node.js 99 missing: run `pnpm install`.' },
          { runtime: 'exits at once', command: '/bin/false', args: [] },
        ],
      },
    );

    expect(result.processes).toBe(2);
    const [node, missing, failing] = result.rows;
    expect(node?.error).toBeUndefined();
    expect(Object.keys(node?.libraries ?? {})).toEqual([...STARTUP_LIBRARIES]);
    for (const library of STARTUP_LIBRARIES) {
      const figures = node!.libraries![library]!;
      // A process has booted and loaded its bundle before its first line, and a request takes time.
      expect(figures.readyMs).toBeGreaterThan(0);
      expect(figures.firstMs).toBeGreaterThan(0);
      expect(figures.totalMs).toBeGreaterThanOrEqual(Math.max(figures.readyMs, figures.firstMs));
      expect(figures.createMs).toBeGreaterThanOrEqual(0);
      expect(figures.createMs).toBeLessThanOrEqual(figures.firstMs);
      expect(figures.againMs).toBeGreaterThanOrEqual(0);
    }
    const bare = node!.libraries!['bare fetch']!;
    expect(bare.importMs).toBe(0);
    expect(node!.libraries!.resendkit!.importMs).toBeCloseTo(node!.libraries!.resendkit!.readyMs - bare.readyMs, 0);

    expect(missing).toEqual({ runtime: 'Node 99', error: 'Node.js 99 missing: run `pnpm install`.' });
    expect(failing?.libraries).toBeUndefined();
    expect(failing?.error).toMatch(/exited \(1\) without a report/);
    expect(failing?.error).not.toContain('\n');

    const table = startupTableRows(result).map((cells) => cells.join(' | '));
    expect(table[0]).toMatch(/^Start-up, this node: process start to first answer \| bare fetch: boot [\d.]+ ms/);
    expect(table[0]).toMatch(
      /resendkit: import \+-?[\d.]+ ms, first request [\d.]+ ms \(client made in [\d.]+ ms, later [\d.]+ ms\), total [\d.]+ ms/,
    );
    expect(table[1]).toMatch(/^Start-up, Node 99 \| not measured: Node\.js 99 missing/);
  }, 60_000);
});
