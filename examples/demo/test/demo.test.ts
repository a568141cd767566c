import { describe, expect, it } from 'vitest';
import { runDemo } from '../src/demo.js';

function buffer(isTTY: boolean) {
  const chunks: string[] = [];
  return { out: { isTTY, write: (t: string) => chunks.push(t) }, text: () => chunks.join('') };
}

describe('the demo against the fake', () => {
  it('sends 1 001 emails exactly once through faults, lists them all back and summarises', async () => {
    const { out, text } = buffer(false);
    const summary = await runDemo({
      out,
      rps: 100,
      windowMs: 100,
      seed: 7,
      baseDelayMs: 1,
      faults: { errorRate: 0.1, lostResponseRate: 0.1, cutRate: 0.05 },
    });
    expect(summary).toMatchObject({ mode: 'fake', sent: 1001, listed: 1001, exactlyOnce: true, problems: [] });
    expect(summary.injectedFaults).toBeGreaterThan(0);
    // Every injected fault and every 429 cost exactly one retry, and none was given up on.
    expect(summary.retries).toBe(summary.injectedFaults + summary.rateLimited);
    // 1 single send + 10 batches + 11 list pages, plus one request per retry.
    expect(summary.requests).toBe(22 + summary.retries);
    expect(summary.requestsPerSecond).toBeGreaterThan(0);
    const output = text();
    expect(output).not.toContain('\r');
    expect(output).toMatch(/sent 1001\/1001/);
    expect(output).toMatch(/exactly once\s+yes/);
    expect(output).toMatch(/effective rate\s+[\d.]+ requests\/s/);
  }, 30_000);

  it('rewrites one progress line in place on a terminal', async () => {
    const { out, text } = buffer(true);
    const summary = await runDemo({ out, total: 150, rps: 100, windowMs: 100, faults: false });
    expect(summary).toMatchObject({ sent: 151, listed: 151, retries: 0, exactlyOnce: true });
    expect(text()).toContain('\r\x1b[2K');
  }, 30_000);
});
