import { describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

/** A fake with one published template, and that template's ID. */
async function withTemplate(): Promise<{ fake: FakeResend; template: { id: string } }> {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true });
  const created = await call(fake, 'POST', '/templates', { body: { name: 'welcome', html: '<p>Hi</p>' } });
  await call(fake, 'POST', `/templates/${created.body.id}/publish`);
  return { fake, template: { id: created.body.id } };
}

describe('sending with a template', () => {
  it('refuses `template` together with `html` with 422 validation_error', async () => {
    const { fake, template } = await withTemplate();
    const res = await call(fake, 'POST', '/emails', { body: email({ template }) });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ name: 'validation_error' });
    expect(res.body.message).toContain('`html`');
    expect(fake.state.emails.size).toBe(0);
  });

  it('refuses `template` together with `text` with 422 validation_error', async () => {
    const { fake, template } = await withTemplate();
    const res = await call(fake, 'POST', '/emails', { body: email({ html: undefined, text: 'Hi', template }) });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ name: 'validation_error' });
    expect(res.body.message).toContain('`text`');
  });

  it('refuses a batch email with `template` and `html`, naming it in a permissive batch', async () => {
    const { fake, template } = await withTemplate();
    const body = [email(), email({ template })];
    const strict = await call(fake, 'POST', '/emails/batch', { body });
    expect(strict.status).toBe(422);
    expect(fake.state.emails.size).toBe(0);
    const permissive = await call(fake, 'POST', '/emails/batch', {
      body,
      headers: { 'x-batch-validation': 'permissive' },
    });
    expect(permissive.status).toBe(200);
    expect(permissive.body.errors.map((e: { index: number }) => e.index)).toEqual([1]);
  });
});
