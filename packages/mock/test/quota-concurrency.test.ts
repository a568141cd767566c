/** Quotas under concurrent sends and partly refused batches: only emails actually sent count, and never more than the quota. */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

describe('quota accounting', () => {
  it('refuses the sends past the quota when they arrive together, not only one after another', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, quota: { daily: 1 } });
    const answers = await Promise.all([1, 2, 3].map(() => call(fake, 'POST', '/emails', { body: email() })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 429, 429]);
    expect(fake.state.emails.size).toBe(1);
    expect(fake.settings().usage.daily).toBe(1);
  });

  it('gives back what a send held when it is refused or fails, so the next send still fits', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, quota: { daily: 1 } });
    expect((await call(fake, 'POST', '/emails', { body: email({ from: 'a@unverified.dev' }) })).status).toBe(403);
    fake.setFaults({ errorRate: 1, statuses: [503] });
    expect((await call(fake, 'POST', '/emails', { body: email() })).status).toBe(503);
    fake.setFaults(undefined);
    expect(fake.settings().usage.daily).toBe(0);
    expect((await call(fake, 'POST', '/emails', { body: email() })).status).toBe(200);
  });

  it('counts only the emails a permissive batch sent, not the ones it refused', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, quota: { daily: 3 } });
    const batch = await call(fake, 'POST', '/emails/batch', {
      body: [email(), email({ from: 'x@unverified.dev' }), email({ to: 'a@example.com' })],
      headers: { 'x-batch-validation': 'permissive' },
    });
    expect(batch.status).toBe(200);
    expect(batch.body.errors).toHaveLength(2);
    expect(batch.headers.get('x-resend-daily-quota')).toBe('1');
    expect(fake.settings().usage.daily).toBe(1);
    expect((await call(fake, 'POST', '/emails', { body: email({ to: ['a@acme.dev', 'b@acme.dev'] }) })).status).toBe(
      200,
    );
  });
});
