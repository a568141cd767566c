import { describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

/** A fake whose `acme.dev` is verified but may only receive (`capabilities.sending: 'disabled'`). */
async function receiveOnly(): Promise<FakeResend> {
  const fake = createFakeResend({ rateLimit: false, validateResponses: true, domains: ['acme.dev'] });
  const domain = fake.state.domains.find((d) => d.name === 'acme.dev')!;
  const res = await call(fake, 'PATCH', `/domains/${domain.id}`, { body: { capabilities: { sending: 'disabled' } } });
  expect(res.status).toBe(200);
  return fake;
}

function expectSendingDisabled(res: { status: number; body: Record<string, unknown> }): void {
  expect(res.status).toBe(403);
  expect(res.body).toEqual({ statusCode: 403, name: 'validation_error', message: expect.any(String) });
  expect(res.body.message).toContain('acme.dev');
  expect(res.body.message).toContain('sending');
}

describe('a domain with sending disabled cannot send', () => {
  it('refuses POST /emails from it with 403 validation_error, and stores nothing', async () => {
    const fake = await receiveOnly();
    expectSendingDisabled(await call(fake, 'POST', '/emails', { body: email() }));
    expect(fake.state.emails.size).toBe(0);
  });

  it('refuses a domain created with sending disabled, even once verified', async () => {
    const fake = createFakeResend({ rateLimit: false, validateResponses: true });
    const created = await call(fake, 'POST', '/domains', {
      body: { name: 'acme.dev', capabilities: { sending: 'disabled', receiving: 'enabled' } },
    });
    await call(fake, 'POST', `/domains/${created.body.id}/verify`);
    expectSendingDisabled(await call(fake, 'POST', '/emails', { body: email() }));
  });

  it('fails a strict batch and reports the email by index in a permissive one', async () => {
    const fake = await receiveOnly();
    const batch = [email({ from: 'onboarding@resend.dev' }), email()];
    expectSendingDisabled(await call(fake, 'POST', '/emails/batch', { body: batch }));
    expect(fake.state.emails.size).toBe(0);
    const permissive = await call(fake, 'POST', '/emails/batch', {
      body: batch,
      headers: { 'x-batch-validation': 'permissive' },
    });
    expect(permissive.status).toBe(200);
    expect(permissive.body.data).toHaveLength(1);
    expect(permissive.body.errors).toEqual([{ index: 1, message: expect.stringContaining('sending') }]);
  });

  it('refuses sending a broadcast from it, which stays a draft', async () => {
    const fake = await receiveOnly();
    const segment = (await call(fake, 'POST', '/segments', { body: { name: 'Readers' } })).body.id as string;
    await call(fake, 'POST', '/contacts', { body: { email: 'delivered@resend.dev', segments: [{ id: segment }] } });
    const broadcast = await call(fake, 'POST', '/broadcasts', {
      body: { segment_id: segment, from: 'news@acme.dev', subject: 'Launch', html: '<p>Hi</p>' },
    });
    expectSendingDisabled(await call(fake, 'POST', `/broadcasts/${broadcast.body.id}/send`));
    expect(fake.state.broadcasts.get(broadcast.body.id)?.status).toBe('draft');
  });

  it('sends again once sending is enabled', async () => {
    const fake = await receiveOnly();
    const domain = fake.state.domains.find((d) => d.name === 'acme.dev')!;
    await call(fake, 'PATCH', `/domains/${domain.id}`, { body: { capabilities: { sending: 'enabled' } } });
    expect((await call(fake, 'POST', '/emails', { body: email() })).status).toBe(200);
  });
});
