import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createFakeResend, type FaultOptions } from '../src/index.js';
import { apiRequest, call, email } from './helpers.js';

async function outcomes(seed: number, faults: FaultOptions, n = 40): Promise<string[]> {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, seed, faults });
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    try {
      out.push(String((await fake.fetch(apiRequest('GET', '/emails'))).status));
    } catch {
      out.push('cut');
    }
  }
  return out;
}

describe('fault injection', () => {
  const faults: FaultOptions = { errorRate: 0.3, cutRate: 0.1, statuses: [500, 502, 503] };

  it('is reproducible: the same seed gives the same faults for the same requests', async () => {
    const a = await outcomes(7, faults);
    expect(await outcomes(7, faults)).toEqual(a);
    expect(a.some((s) => s === '200')).toBe(true);
    expect(a.some((s) => ['500', '502', '503'].includes(s))).toBe(true);
    expect(a).toContain('cut');
  });

  it('gives another sequence for another seed', async () => {
    expect(await outcomes(8, faults)).not.toEqual(await outcomes(7, faults));
  });

  it('answers errors only with the configured statuses, in Resend error shape', async () => {
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rateLimit: false,
      faults: { errorRate: 1, statuses: [503] },
    });
    const { status, body } = await call(fake, 'GET', '/emails');
    expect(status).toBe(503);
    expect(body).toMatchObject({ statusCode: 503, name: 'service_unavailable' });
    expect(fake.state.counters.injectedErrors).toBe(1);
  });

  it('does not process a request answered with an injected error', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, faults: { errorRate: 1 } });
    await call(fake, 'POST', '/emails', { body: email() });
    expect(fake.state.emails.size).toBe(0);
  });

  it('rejects fetch like a network failure when it cuts the connection', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, faults: { cutRate: 1 } });
    await expect(fake.fetch(apiRequest('GET', '/emails'))).rejects.toThrow(TypeError);
    expect(fake.state.counters.injectedCuts).toBe(1);
  });

  it('adds latency through the injectable sleep', async () => {
    const waits: number[] = [];
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rateLimit: false,
      faults: { latencyMs: [10, 20] },
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    for (let i = 0; i < 5; i++) await call(fake, 'GET', '/emails');
    expect(waits).toHaveLength(5);
    for (const w of waits) (expect(w).toBeGreaterThanOrEqual(10), expect(w).toBeLessThanOrEqual(20));
  });

  it('ends injected latency when the request is aborted: no timer is left, nothing is processed, fetch rejects with the reason', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, faults: { latencyMs: 600_000 } });
    const controller = new AbortController();
    const sending = fake.fetch(
      new Request(apiRequest('POST', '/emails', { body: email() }), { signal: controller.signal }),
    );
    sending.catch(() => undefined);
    while (vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('the caller gave up'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(vi.getTimerCount()).toBe(0);
    await expect(sending).rejects.toThrow('the caller gave up');
    expect(fake.state.emails.size).toBe(0);
  });

  it('processes the request and then loses the response (500), so a retry with the same key replays it', async () => {
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rateLimit: false,
      faults: { lostResponseRate: 1, lostAs: 'error' },
    });
    const lost = await call(fake, 'POST', '/emails', { body: email(), headers: { 'idempotency-key': 'once' } });
    expect(lost.status).toBe(500);
    expect(lost.body.name).toBe('application_error');
    expect(fake.state.emails.size).toBe(1);
    fake.setFaults(undefined);
    const retry = await call(fake, 'POST', '/emails', { body: email(), headers: { 'idempotency-key': 'once' } });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(fake.state.emails.all()[0]!.id);
    expect(fake.state.emails.size).toBe(1);
    expect(fake.state.counters.lostResponses).toBe(1);
  });

  it('can lose the response as a cut connection after processing', async () => {
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rateLimit: false,
      faults: { lostResponseRate: 1, lostAs: 'cut' },
    });
    await expect(fake.fetch(apiRequest('POST', '/emails', { body: email() }))).rejects.toThrow(TypeError);
    expect(fake.state.emails.size).toBe(1);
  });

  it('injects nothing into requests refused before the API (auth, rate limit)', async () => {
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rps: 1,
      now: () => 0,
      faults: { errorRate: 1, statuses: [500] },
    });
    expect((await call(fake, 'GET', '/emails', { headers: { authorization: undefined } })).status).toBe(401);
    expect((await call(fake, 'GET', '/emails')).status).toBe(500);
    expect((await call(fake, 'GET', '/emails')).status).toBe(429);
  });
});

describe('reset', () => {
  it('empties state and counters and reseeds IDs', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, seed: 3 });
    const first = (await call(fake, 'POST', '/emails', { body: email() })).body.id;
    fake.reset();
    expect(fake.state.emails.size).toBe(0);
    expect(fake.state.counters.requests).toBe(0);
    expect((await call(fake, 'POST', '/emails', { body: email() })).body.id).toBe(first);
  });

  it('produces the same IDs for the same seed and different ones for another', async () => {
    const id = async (seed: number) =>
      (await call(createFakeResend({ domains: ['acme.dev'], seed }), 'POST', '/emails', { body: email() })).body.id;
    expect(await id(1)).toBe(await id(1));
    expect(await id(1)).not.toBe(await id(2));
    expect(await id(1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
