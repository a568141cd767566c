/**
 * A `sending_access` API key created with a `domain_id` sends only from that domain, as on Resend;
 * `domain_id` is refused on a key with full access, where it would mean nothing.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { call } from './helpers.js';

const email = (from: string) => ({ from, to: 'delivered@resend.dev', subject: 'Hi', text: 'Hi' });

/** A fake with two verified domains and a sending key pinned to `acme.dev`. */
async function pinnedKey(options: Parameters<typeof createFakeResend>[0] = {}) {
  const fake = createFakeResend({ domains: ['acme.dev', 'other.dev'], rateLimit: false, ...options });
  const domains = await call(fake, 'GET', '/domains');
  const acme = (domains.body.data as { id: string; name: string }[]).find((d) => d.name === 'acme.dev')!;
  const created = await call(fake, 'POST', '/api-keys', {
    body: { name: 'acme sender', permission: 'sending_access', domain_id: acme.id },
  });
  expect(created.status).toBe(201);
  const token = created.body.token as string;
  const send = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    call(fake, 'POST', path, { body, headers: { authorization: `Bearer ${token}`, ...headers } });
  return { fake, token, acmeId: acme.id, send };
}

function expectPinnedRefusal(answer: { status: number; body: { name: string; message: string } }, token: string) {
  expect(answer.status).toBe(403);
  expect(answer.body.name).toBe('validation_error');
  expect(answer.body.message).toContain('acme.dev');
  expect(answer.body.message).toMatch(/API key/);
  expect(answer.body.message).not.toContain(token);
}

const sent = (fake: FakeResend) => fake.state.emails.all().map((e) => e.from);

describe('a sending key pinned to a domain', () => {
  it('sends from its own domain', async () => {
    const { fake, send } = await pinnedKey();
    expect((await send('/emails', email('Acme <news@acme.dev>'))).status).toBe(200);
    expect((await send('/emails', email('NEWS@ACME.DEV'))).status).toBe(200);
    expect(sent(fake)).toHaveLength(2);
  });

  it.each(['news@other.dev', 'news@mail.acme.dev', 'onboarding@resend.dev'])(
    'refuses to send from %s with 403 naming the domain it is limited to',
    async (from) => {
      const { fake, token, send } = await pinnedKey({ domains: ['acme.dev', 'other.dev', 'mail.acme.dev'] });
      expectPinnedRefusal(await send('/emails', email(from)), token);
      expect(sent(fake)).toEqual([]);
    },
  );

  it('refuses another domain with the sending rules off too: the limit is the key’s, not a sending rule', async () => {
    const { fake, token, send } = await pinnedKey({ sendingRules: 'off' });
    expectPinnedRefusal(await send('/emails', email('news@elsewhere.io')), token);
    expect(sent(fake)).toEqual([]);
  });

  it('refuses a strict batch with one email from another domain, sending none of it', async () => {
    const { fake, token, send } = await pinnedKey();
    const answer = await send('/emails/batch', [email('a@acme.dev'), email('b@other.dev')]);
    expectPinnedRefusal(answer, token);
    expect(sent(fake)).toEqual([]);
  });

  it('reports the email from another domain in a permissive batch and sends the rest', async () => {
    const { fake, token, send } = await pinnedKey();
    const answer = await send('/emails/batch', [email('a@acme.dev'), email('b@other.dev')], {
      'x-batch-validation': 'permissive',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toHaveLength(1);
    expect(answer.body.errors).toEqual([{ index: 1, message: expect.stringContaining('acme.dev') }]);
    expect(answer.body.errors[0].message).not.toContain(token);
    expect(sent(fake)).toEqual(['a@acme.dev']);
  });

  it('leaves a sending key without a domain free to send from any verified domain', async () => {
    const fake = createFakeResend({ domains: ['acme.dev', 'other.dev'], rateLimit: false });
    const created = await call(fake, 'POST', '/api-keys', { body: { name: 'any', permission: 'sending_access' } });
    const headers = { authorization: `Bearer ${created.body.token as string}` };
    expect((await call(fake, 'POST', '/emails', { body: email('a@other.dev'), headers })).status).toBe(200);
    expect((await call(fake, 'POST', '/emails', { body: email('a@acme.dev'), headers })).status).toBe(200);
  });
});

describe('domain_id on a key with full access', () => {
  it.each([{ permission: 'full_access' }, {}])('is refused with 422 naming domain_id (%j)', async (permission) => {
    const { fake, acmeId } = await pinnedKey();
    const before = fake.state.apiKeys.size;
    const answer = await call(fake, 'POST', '/api-keys', { body: { name: 'x', domain_id: acmeId, ...permission } });
    expect(answer.status).toBe(422);
    expect(answer.body.name).toBe('validation_error');
    expect(answer.body.message).toContain('domain_id');
    expect(answer.body.message).toContain('sending_access');
    expect(fake.state.apiKeys.size).toBe(before);
  });
});
