import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

const fresh = () => createFakeResend({ rateLimit: false, validateResponses: true });

describe('POST /domains refuses a name that is not a domain name', () => {
  it.each([
    'not a domain',
    '-x-.com',
    'x-.com',
    'acme',
    '192.168.0.1',
    'https://acme.dev',
    'acme.dev/path',
    'acme.dev:443',
    'acme..dev',
    '.acme.dev',
    'acme.dev.',
    'ac_me.dev',
    `${'a'.repeat(64)}.dev`,
    '',
  ])('refuses %j with 422 validation_error naming `name`', async (name) => {
    const fake = fresh();
    const res = await call(fake, 'POST', '/domains', { body: { name } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ statusCode: 422, name: 'validation_error', message: expect.stringContaining('`name`') });
    expect(fake.state.domains.size).toBe(0);
  });

  it.each(['acme.dev', 'mail.Acme.DEV', 'a-b.co.uk', 'xn--mnchen-3ya.de', `${'a'.repeat(63)}.dev`])(
    'accepts %j',
    async (name) => {
      const res = await call(fresh(), 'POST', '/domains', { body: { name } });
      expect(res.status).toBe(201);
    },
  );
});

describe('POST /domains/claim refuses a name that is not a domain name', () => {
  it('answers 422 validation_error naming `name` and starts no claim', async () => {
    const fake = fresh();
    const res = await call(fake, 'POST', '/domains/claim', { body: { name: 'https://acme.dev/' } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ statusCode: 422, name: 'validation_error', message: expect.stringContaining('`name`') });
    expect(fake.state.domainClaims.size).toBe(0);
  });
});
