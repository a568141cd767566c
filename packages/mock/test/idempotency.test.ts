import { describe, expect, it } from 'vitest';
import { createFakeResend, IDEMPOTENCY_TTL_MS } from '../src/index.js';
import { createIdempotencyStore } from '../src/idempotency.js';
import { call, email } from './helpers.js';

const key = (k: string) => ({ 'idempotency-key': k });

describe('idempotency keys on POST /emails and /emails/batch', () => {
  it('replays the first response for the same key and body, and sends nothing again', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const first = await call(fake, 'POST', '/emails', { body: email(), headers: key('welcome/1') });
    const second = await call(fake, 'POST', '/emails', { body: email(), headers: key('welcome/1') });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(fake.state.emails.size).toBe(1);
    expect(fake.state.counters.idempotentReplays).toBe(1);
  });

  it('treats the same body with keys in another order as the same body', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    await call(fake, 'POST', '/emails', {
      body: { subject: 's', to: 'a@b.co', from: 'x@acme.dev' },
      headers: key('k'),
    });
    const again = await call(fake, 'POST', '/emails', {
      body: { from: 'x@acme.dev', to: 'a@b.co', subject: 's' },
      headers: key('k'),
    });
    expect(again.status).toBe(200);
    expect(fake.state.emails.size).toBe(1);
  });

  it('replays batches too', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const batch = [email({ subject: '1' }), email({ subject: '2' })];
    const first = await call(fake, 'POST', '/emails/batch', { body: batch, headers: key('batch/1') });
    const second = await call(fake, 'POST', '/emails/batch', { body: batch, headers: key('batch/1') });
    expect(second.body).toEqual(first.body);
    expect(fake.state.emails.size).toBe(2);
  });

  it('answers 409 invalid_idempotent_request for the same key with a different body', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    await call(fake, 'POST', '/emails', { body: email(), headers: key('k') });
    const { status, body } = await call(fake, 'POST', '/emails', {
      body: email({ subject: 'other' }),
      headers: key('k'),
    });
    expect(status).toBe(409);
    expect(body.name).toBe('invalid_idempotent_request');
    expect(fake.state.emails.size).toBe(1);
  });

  it('answers 409 concurrent_idempotent_requests while the first request with the key is in flight', async () => {
    let release!: () => void;
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rateLimit: false,
      faults: { latencyMs: 50 },
      sleep: () => new Promise<void>((r) => (release = r)),
    });
    const first = call(fake, 'POST', '/emails', { body: email(), headers: key('slow') });
    await new Promise((r) => setImmediate(r));
    const { status, body } = await call(fake, 'POST', '/emails', { body: email(), headers: key('slow') });
    release();
    expect(status).toBe(409);
    expect(body.name).toBe('concurrent_idempotent_requests');
    expect((await first).status).toBe(200);
    expect(fake.state.emails.size).toBe(1);
  });

  it('answers 400 invalid_idempotency_key for an empty key or one longer than 256 characters', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    for (const k of ['', 'x'.repeat(257)]) {
      const { status, body } = await call(fake, 'POST', '/emails', { body: email(), headers: key(k) });
      expect(status).toBe(400);
      expect(body.name).toBe('invalid_idempotency_key');
    }
    expect((await call(fake, 'POST', '/emails', { body: email(), headers: key('x'.repeat(256)) })).status).toBe(200);
    expect(fake.state.emails.size).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    let t = 0;
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, now: () => t });
    await call(fake, 'POST', '/emails', { body: email(), headers: key('daily') });
    t = IDEMPOTENCY_TTL_MS - 1;
    await call(fake, 'POST', '/emails', { body: email(), headers: key('daily') });
    expect(fake.state.emails.size).toBe(1);
    t = IDEMPOTENCY_TTL_MS;
    await call(fake, 'POST', '/emails', { body: email(), headers: key('daily') });
    expect(fake.state.emails.size).toBe(2);
  });

  it('frees the key when the first request failed validation', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const bad = await call(fake, 'POST', '/emails', { body: email({ from: 'nope' }), headers: key('retry-me') });
    expect(bad.status).toBe(422);
    const good = await call(fake, 'POST', '/emails', { body: email(), headers: key('retry-me') });
    expect(good.status).toBe(200);
  });

  it('ignores the header on operations that do not take it', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    expect((await call(fake, 'GET', '/emails', { headers: key('') })).status).toBe(200);
  });
});

describe('idempotency key store', () => {
  it('drops expired keys on the next begin, so a long-running fake does not grow without bound', () => {
    const store = createIdempotencyStore();
    const ok = { status: 200, body: '{}', headers: {} };
    for (let i = 0; i < 50; i++) {
      const decision = store.begin(`key-${i}`, 'POST', '/emails', { i }, i);
      if (decision.kind === 'fresh') decision.complete(ok);
    }
    expect(store.size).toBe(50);
    // At TTL + 9 the first ten keys (created at 0–9) have expired, the rest have not.
    store.begin('late', 'POST', '/emails', {}, IDEMPOTENCY_TTL_MS + 9);
    expect(store.size).toBe(50 - 10 + 1);
    store.begin('later', 'POST', '/emails', {}, 3 * IDEMPOTENCY_TTL_MS);
    expect(store.size).toBe(1);
  });
});
