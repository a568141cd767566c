import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_ROUNDS, interleave } from '../src/overhead-clients.js';
import {
  WRAPPED_FETCH,
  bundleChild,
  measureRuntimes,
  overheadTargets,
  runtimeTargets,
} from '../src/overhead-runtimes.js';
import { runtimeTableRows } from '../src/report-runtimes.js';

describe('per-runtime overhead runner', () => {
  it('measures a runtime in its own processes and turns a missing or failing one into one line', async () => {
    const rows = await measureRuntimes(
      { rounds: 1, requestsPerRound: 5 },
      {
        // The sources, not dist/: this test runs before any build.
        source: 'src',
        targets: [
          { runtime: 'this node', command: process.execPath, args: [] },
          { runtime: 'Node 99', args: [], missing: 'Node.js 99 missing: run `pnpm install`.' },
          { runtime: 'exits at once', command: '/bin/false', args: [] },
          {
            runtime: 'this node, fetch wrapped',
            command: process.execPath,
            args: ['--import', WRAPPED_FETCH],
            loopbackOnly: true,
          },
        ],
      },
    );

    expect(rows.map((r) => r.runtime)).toEqual(['this node', 'Node 99', 'exits at once', 'this node, fetch wrapped']);
    const [node, missing, failing, wrapped] = rows;
    expect(node?.error).toBeUndefined();
    expect(node?.version).toBe(`Node ${process.version}`);
    for (const figures of [node?.loopback, node?.cpu]) {
      expect(figures?.resendkitUs).toBeGreaterThan(0);
      expect(figures?.sdkUs).toBeGreaterThan(0);
      expect(figures?.openapiFetchUs).toBeGreaterThan(0);
      expect(figures?.vsSdk).toBeCloseTo(figures!.resendkitUs / figures!.sdkUs, 2);
      expect(figures?.vsOpenapiFetch).toBeCloseTo(figures!.resendkitUs / figures!.openapiFetchUs, 2);
      expect(figures?.rounds).toBe(1);
    }
    expect(node?.cpu?.clock).toBe('cpu');
    // Node's own fetch: the Node path. Wrapped, as instrumentation wraps it: the fetch path, loopback only.
    expect(node?.loopback?.transport).toBe('node');
    expect(wrapped?.error).toBeUndefined();
    expect(wrapped?.loopback?.transport).toBe('fetch');
    expect(wrapped?.loopback?.resendkitUs).toBeGreaterThan(0);
    expect(wrapped?.cpu).toBeUndefined();

    expect(missing).toEqual({ runtime: 'Node 99', error: 'Node.js 99 missing: run `pnpm install`.' });
    expect(failing?.loopback).toBeUndefined();
    expect(failing?.error).toMatch(
      /^loopback: .*exited \(1\) without a report; .*cpu: .*exited \(1\) without a report/,
    );
    expect(failing?.error).not.toContain('\n');

    const table = runtimeTableRows(rows, { rounds: 1, requestsPerRound: 5 }).map((cells) => cells.join(' | '));
    expect(table.filter((line) => line.startsWith(`Per runtime, this node (Node ${process.version})`))).toHaveLength(2);
    expect(table).toContainEqual(
      expect.stringMatching(
        /^Per runtime, this node, fetch wrapped \(Node v[\d.]+\): loopback POST \/emails, all on, fetch path \|/,
      ),
    );
    expect(table).toContainEqual(expect.stringMatching(/^Per runtime, Node 99 \| not measured: Node\.js 99 missing/));
  }, 60_000);

  it('names the runtimes of the table and says how to get a missing binary', () => {
    const targets = runtimeTargets('/nonexistent-root');
    expect(targets.map((t) => t.runtime)).toEqual([
      `Node ${process.versions.node.split('.')[0]} (machine)`,
      'Node 22',
      'Node 24',
      'Node 26',
      'Bun',
      'Deno',
    ]);
    // The overhead table measures the newest Node once more with its fetch wrapped, over the loopback.
    const overhead = overheadTargets('/nonexistent-root');
    expect(overhead.slice(0, -1)).toEqual(targets);
    expect(overhead.at(-1)).toMatchObject({
      runtime: 'Node 26, fetch wrapped',
      args: ['--import', WRAPPED_FETCH],
      loopbackOnly: true,
    });
    const bun = targets.find((t) => t.runtime === 'Bun');
    expect(bun?.command).toBeUndefined();
    expect(bun?.missing).toContain('run `pnpm install`');
    expect(targets.find((t) => t.runtime === 'Deno')?.missing).toContain('node_modules/deno');
  });

  it('asks for `pnpm build` when the built packages are missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'resendkit-bench-test-'));
    try {
      await expect(bundleChild(dir, 'dist', '/nonexistent-root')).rejects.toThrow(
        'packages/client/dist missing: run `pnpm build` first.',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('starts no further round once the time budget is spent, after the minimum', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
    };
    const rows = await interleave(
      [
        ['a', send],
        ['b', send],
      ],
      { rounds: 50, requestsPerRound: 2, breakdown: false, budgetMs: 0 },
    );
    expect(rows.map((r) => r.roundsUs.length)).toEqual([MIN_ROUNDS, MIN_ROUNDS]);
    // Warm-up (50 each) plus MIN_ROUNDS rounds of 2 each.
    expect(calls).toBe(2 * (50 + MIN_ROUNDS * 2));
  });
});
