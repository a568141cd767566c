import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
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
    // Every stored email came back once as a signed email.delivered, verified at a local endpoint.
    expect(summary.webhookEvents).toEqual({ 'email.delivered': 1001 });
    expect(output).toMatch(/webhooks\s+1001 verified email\.delivered/);
    expect(output).toMatch(/effective rate\s+[\d.]+ requests\/s/);
  }, 60_000);

  it('rewrites one progress line in place on a terminal', async () => {
    const { out, text } = buffer(true);
    const summary = await runDemo({ out, total: 150, rps: 100, windowMs: 100, faults: false });
    expect(summary).toMatchObject({ sent: 151, listed: 151, retries: 0, exactlyOnce: true });
    expect(text()).toContain('\r\x1b[2K');
  }, 30_000);
});

describe('the demo in real-API mode', () => {
  // Real mode is what runs when RESEND_API_KEY is set; RESEND_BASE_URL points it at a local fake
  // here, so the whole path (key from the environment, shared limiter, no in-process fake) runs
  // without the internet.
  it('uses RESEND_API_KEY and RESEND_BASE_URL from the environment and exits 0 when all went once', async () => {
    const fake = createFakeResend({ rps: 50, seed: 3 });
    const { url, close } = await listen(fake, { host: '127.0.0.1', port: 0 });
    try {
      const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', main], {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: { ...process.env, RESEND_API_KEY: 're_demo_realmode_0123456789', RESEND_BASE_URL: url, DEMO_COUNT: '150' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

      expect(output).toContain(`Running against the real Resend API at ${url}.`);
      expect(output).toMatch(/Summary \(real Resend API\)/);
      expect(output).toMatch(/sent\s+151/);
      expect(output).toMatch(/exactly once\s+yes/);
      expect(output).not.toContain('re_demo_realmode_0123456789');
      expect(code).toBe(0);
      expect(fake.state.emails.size).toBe(151);
    } finally {
      await close();
    }
  }, 60_000);
});
