/** Resend's daily and monthly quotas, counted per recipient. */
import { describe, expect, it } from 'vitest';
import { createFakeResend, isFakeOptionsError } from '../src/index.js';
import { call, email } from './helpers.js';

describe('quota emulation', () => {
  it('counts To, Cc and Bcc recipients and answers 429 daily_quota_exceeded past the daily quota', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, quota: { daily: 5, monthly: 100 } });
    const first = await call(fake, 'POST', '/emails', {
      body: email({ to: ['a@acme.dev', 'b@acme.dev'], cc: 'c@acme.dev', bcc: ['d@acme.dev'] }),
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-resend-daily-quota')).toBe('4');
    expect(first.headers.get('x-resend-monthly-quota')).toBe('4');
    const over = await call(fake, 'POST', '/emails', { body: email({ to: ['a@acme.dev', 'b@acme.dev'] }) });
    expect(over.status).toBe(429);
    expect(over.body).toEqual({
      statusCode: 429,
      name: 'daily_quota_exceeded',
      message: 'You have reached your daily email sending quota.',
    });
    expect(over.headers.get('x-resend-daily-quota')).toBe('4');
    expect((await call(fake, 'POST', '/emails', { body: email({ to: 'a@acme.dev' }) })).status).toBe(200);
    expect((await call(fake, 'GET', '/domains')).headers.get('x-resend-daily-quota')).toBe('5');
    expect(fake.state.emails.size).toBe(2);
  });

  it('counts each email of a batch and refuses the whole batch when it would go past', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, quota: { monthly: 3 } });
    const batch = await call(fake, 'POST', '/emails/batch', {
      body: [email({ to: ['a@acme.dev'] }), email({ to: ['b@acme.dev', 'c@acme.dev'] })],
    });
    expect(batch.status).toBe(200);
    expect(batch.headers.get('x-resend-monthly-quota')).toBe('3');
    expect(batch.headers.get('x-resend-daily-quota')).toBeNull();
    const over = await call(fake, 'POST', '/emails/batch', { body: [email()] });
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({
      name: 'monthly_quota_exceeded',
      message: 'You have reached your monthly email sending quota.',
    });
  });

  it('resets the daily count at 00:00 UTC and the monthly one on the 1st', async () => {
    let t = Date.parse('2026-01-31T23:59:00Z');
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rateLimit: false,
      now: () => t,
      quota: { daily: 1, monthly: 2 },
    });
    expect((await call(fake, 'POST', '/emails', { body: email() })).status).toBe(200);
    expect((await call(fake, 'POST', '/emails', { body: email() })).body.name).toBe('daily_quota_exceeded');
    t = Date.parse('2026-02-01T00:00:01Z');
    const next = await call(fake, 'POST', '/emails', { body: email() });
    expect(next.status).toBe(200);
    expect(next.headers.get('x-resend-monthly-quota')).toBe('1');
  });

  it('does not count idempotent replays or refused sends', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, quota: { daily: 2 } });
    const headers = { 'idempotency-key': 'k1' };
    await call(fake, 'POST', '/emails', { body: email(), headers });
    await call(fake, 'POST', '/emails', { body: email(), headers });
    await call(fake, 'POST', '/emails', { body: { from: 'x' } });
    expect(fake.settings().usage.daily).toBe(1);
  });

  it('refuses a quota that is not a non-negative integer', () => {
    for (const quota of [{ daily: -1 }, { monthly: 1.5 }, { weekly: 3 }]) {
      let error: unknown;
      try {
        createFakeResend({ quota: quota as never });
      } catch (e) {
        error = e;
      }
      expect(isFakeOptionsError(error)).toBe(true);
    }
  });
});
