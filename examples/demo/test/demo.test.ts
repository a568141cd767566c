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
    // The webhook registration goes through the client's limiter too, so nothing meets a 429.
    expect(summary.rateLimited).toBe(0);
    // 1 webhook registration + 1 single send + 10 batches + 11 list pages, plus one request per retry.
    expect(summary.requests).toBe(23 + summary.retries);
    expect(summary.requestsPerSecond).toBeGreaterThan(0);
    const output = text();
    expect(output).not.toContain('\r');
    expect(output).toMatch(/sent 1001\/1001/);
    // The live rate is over the last whole second (the window, at least), so it never shows more
    // than the limit allows: 100 per 100 ms here.
    const rates = [...output.matchAll(/([\d.]+) req\/s \(last 1 s\)/g)].map((m) => Number(m[1]));
    expect(rates.length).toBeGreaterThan(0);
    expect(Math.max(...rates)).toBeLessThanOrEqual(1000);
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

describe('the demo when it cannot work', () => {
  it('ends with its summary and a clear reason when the network is unreachable, without a stack trace', async () => {
    const { out, text } = buffer(false);
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const summary = await runDemo({
      out,
      apiKey: 're_demo_unreachable_1234',
      baseUrl: 'http://127.0.0.1:9',
      retries: 0,
      total: 200,
    });
    expect(summary).toMatchObject({ mode: 'real', sent: 0, exactlyOnce: false });
    expect(summary.stopped).toMatch(/^cannot reach the API \(network_error/);
    expect(summary.requests).toBe(1);
    expect(text()).toMatch(/stopped early: cannot reach the API/);
    expect(text()).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('stops at once with a clear reason when the API refuses the key', async () => {
    const fake = createFakeResend({ rateLimit: false, apiKeys: ['re_the_only_good_key_123'] });
    const server = await listen(fake, { host: '127.0.0.1', port: 0 });
    try {
      const { out, text } = buffer(false);
      const summary = await runDemo({
        out,
        apiKey: 're_a_wrong_key_1234567',
        baseUrl: server.url,
        retries: 0,
        total: 200,
      });
      expect(summary).toMatchObject({ sent: 0, exactlyOnce: false });
      expect(summary.stopped).toMatch(/^the API refused the key/);
      expect(summary.requests).toBe(1);
      expect(text()).toMatch(/stopped early: the API refused the key/);
    } finally {
      await server.close();
    }
  }, 30_000);
});
