import { describe, expect, it } from 'vitest';
import { createFakeResend, isFakeOptionsError } from '../src/index.js';
import { call, email } from './helpers.js';

const send = (fake: ReturnType<typeof createFakeResend>, overrides: Record<string, unknown>) =>
  call(fake, 'POST', '/emails', { body: email(overrides) });

describe("Resend's sending rules", () => {
  it("refuses a from on a domain that is not added, or added but not verified, with 403 and Resend's message", async () => {
    const fake = createFakeResend({ rateLimit: false });
    const refused = await send(fake, { from: 'Acme <hi@acme.dev>' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      statusCode: 403,
      name: 'validation_error',
      message: 'The `acme.dev` domain is not verified. Please, add and verify your domain.',
    });
    const domain = (await call(fake, 'POST', '/domains', { body: { name: 'acme.dev' } })).body.id as string;
    expect((await send(fake, { from: 'Acme <hi@acme.dev>' })).status).toBe(403);
    expect((await call(fake, 'POST', `/domains/${domain}/verify`)).status).toBe(200);
    expect((await send(fake, { from: 'Acme <hi@acme.dev>' })).status).toBe(200);
    expect((await send(fake, { from: 'Acme <hi@mail.acme.dev>' })).status).toBe(403);
    expect(fake.state.emails.size).toBe(1);
  });

  it('seeds the domains option as verified domains that GET /domains lists, again after reset()', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev', 'Shop.Acme.io'] });
    const listed = await call(fake, 'GET', '/domains');
    expect(listed.body.data.map((d: { name: string; status: string }) => [d.name, d.status])).toEqual([
      ['shop.acme.io', 'verified'],
      ['acme.dev', 'verified'],
    ]);
    expect((await send(fake, { from: 'orders@shop.acme.io' })).status).toBe(200);
    fake.reset();
    expect(fake.state.domains.size).toBe(2);
    expect((await send(fake, { from: 'hi@acme.dev' })).status).toBe(200);
  });

  it('lets onboarding@resend.dev reach the test addresses and the account owner only', async () => {
    const fake = createFakeResend({ rateLimit: false, accountEmail: 'owner@acme.dev' });
    const from = 'Acme <onboarding@resend.dev>';
    for (const to of ['delivered@resend.dev', 'bounced+signup@resend.dev', 'complained@resend.dev', 'OWNER@acme.dev']) {
      expect((await send(fake, { from, to })).status, to).toBe(200);
    }
    const refused = await send(fake, { from, to: 'delivered@resend.dev', cc: 'ada@acme.dev' });
    expect(refused.status).toBe(403);
    expect(refused.body.name).toBe('validation_error');
    expect(refused.body.message).toMatch(
      /^You can only send testing emails to your own email address \(`owner@acme\.dev`\)/,
    );
    expect((await send(fake, { from, to: 'nobody@resend.dev' })).status).toBe(403);
  });

  it('refuses recipients at example.com and test.com with 422, whatever the sender', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    for (const to of ['ada@example.com', 'Ada <ADA@Test.com>']) {
      const refused = await send(fake, { from: 'hi@acme.dev', to: ['delivered@resend.dev', to] });
      expect(refused.status, to).toBe(422);
      expect(refused.body.name).toBe('validation_error');
      expect(refused.body.message).toContain('rejects email');
    }
    expect((await send(fake, { from: 'hi@acme.dev', bcc: 'x@example.com' })).status).toBe(422);
  });

  it('applies to every email of a batch: strict fails it whole, permissive reports the index', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const items = [email({ from: 'hi@acme.dev' }), email({ from: 'hi@other.dev' })];
    expect((await call(fake, 'POST', '/emails/batch', { body: items })).status).toBe(403);
    expect(fake.state.emails.size).toBe(0);
    const permissive = await call(fake, 'POST', '/emails/batch', {
      body: items,
      headers: { 'x-batch-validation': 'permissive' },
    });
    expect(permissive.body.data).toHaveLength(1);
    expect(permissive.body.errors).toEqual([
      { index: 1, message: expect.stringContaining('`other.dev` domain is not verified') },
    ]);
  });

  it("sendingRules: 'off' lets any sender reach any recipient", async () => {
    const fake = createFakeResend({ rateLimit: false, sendingRules: 'off' });
    expect((await send(fake, { from: 'hi@nowhere.dev', to: 'ada@example.com' })).status).toBe(200);
    expect((await send(fake, { from: 'onboarding@resend.dev', to: 'ada@test.com' })).status).toBe(200);
  });

  it('refuses malformed sending options, naming them', () => {
    for (const [option, value] of [
      ['domains', ['not a domain']],
      ['domains', 'acme.dev'],
      ['sendingRules', 'strict'],
      ['accountEmail', 'nope'],
    ] as const) {
      let thrown: unknown;
      try {
        createFakeResend({ [option]: value } as never);
      } catch (error) {
        thrown = error;
      }
      expect(isFakeOptionsError(thrown) && thrown.option).toBe(option);
    }
  });
});

describe('sending with a template', () => {
  async function withTemplate(published: boolean, variables: unknown[]) {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const created = await call(fake, 'POST', '/templates', {
      body: {
        name: 'welcome',
        alias: 'welcome',
        subject: 'Hi {{{NAME}}}',
        html: '<p>Hi {{{NAME}}}, plan {{{PLAN}}}</p>',
        variables,
      },
    });
    expect(created.status).toBe(201);
    if (published) await call(fake, 'POST', `/templates/${created.body.id}/publish`);
    return fake;
  }
  const bodyWith = (template: Record<string, unknown>) => ({
    from: 'hi@acme.dev',
    to: 'delivered@resend.dev',
    subject: 'Welcome',
    template,
  });

  it('renders a published template with values and fallbacks', async () => {
    const fake = await withTemplate(true, [
      { key: 'NAME', type: 'string' },
      { key: 'PLAN', type: 'string', fallback_value: 'free' },
    ]);
    const sent = await call(fake, 'POST', '/emails', { body: bodyWith({ id: 'welcome', variables: { NAME: 'Ada' } }) });
    expect(sent.status).toBe(200);
    expect(fake.state.emails.get(sent.body.id)?.html).toBe('<p>Hi Ada, plan free</p>');
  });

  it('refuses a draft template and a variable with neither value nor fallback', async () => {
    const draft = await withTemplate(false, []);
    const refused = await call(draft, 'POST', '/emails', { body: bodyWith({ id: 'welcome' }) });
    expect([refused.status, refused.body.name]).toEqual([422, 'validation_error']);
    expect(refused.body.message).toContain('draft');
    const missing = await withTemplate(true, [{ key: 'NAME', type: 'string' }]);
    const noValue = await call(missing, 'POST', '/emails', { body: bodyWith({ id: 'welcome' }) });
    expect([noValue.status, noValue.body.message]).toEqual([422, expect.stringContaining('`NAME`')]);
    expect((await call(missing, 'POST', '/emails', { body: bodyWith({ id: 'nope' }) })).status).toBe(404);
  });

  it('accepts boolean, object and list variable types', async () => {
    const fake = await withTemplate(true, [
      { key: 'NAME', type: 'boolean', fallback_value: true },
      { key: 'PLAN', type: 'object', fallback_value: { tier: 'pro' } },
      { key: 'ITEMS', type: 'list', fallback_value: [1, 2] },
    ]);
    const template = fake.state.templates.all()[0]!;
    expect((template.variables as { type: string }[]).map((v) => v.type)).toEqual(['boolean', 'object', 'list']);
    const sent = await call(fake, 'POST', '/emails', { body: bodyWith({ id: 'welcome' }) });
    expect(fake.state.emails.get(sent.body.id)?.html).toBe('<p>Hi true, plan {"tier":"pro"}</p>');
  });
});
