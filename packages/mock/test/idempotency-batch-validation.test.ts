import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

describe('an idempotency key on POST /emails/batch covers its x-batch-validation mode', () => {
  const batch = [email(), email({ to: 'bob@example.com' })];

  it.each([
    ['strict', 'permissive'],
    [undefined, 'permissive'],
    ['permissive', 'strict'],
  ])('refuses a key first used with %s, reused with %s, as a different request (409)', async (first, second) => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const body = [email(), email({ subject: 'Two' })];
    const headers = (mode: string | undefined) => ({ 'idempotency-key': 'batch/1', 'x-batch-validation': mode });
    expect((await call(fake, 'POST', '/emails/batch', { body, headers: headers(first) })).status).toBe(200);
    const again = await call(fake, 'POST', '/emails/batch', { body, headers: headers(second) });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ statusCode: 409, name: 'invalid_idempotent_request' });
    expect(fake.state.emails.size).toBe(2);
  });

  it('replays a batch sent without the header under a key first used with `strict` (the default)', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const key = { 'idempotency-key': 'batch/2' };
    const first = await call(fake, 'POST', '/emails/batch', {
      body: [email()],
      headers: { ...key, 'x-batch-validation': 'strict' },
    });
    const again = await call(fake, 'POST', '/emails/batch', { body: [email()], headers: key });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(fake.state.emails.size).toBe(1);
  });

  it('lets a permissive retry of a refused strict batch use the same key', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const headers = (mode: string) => ({ 'idempotency-key': 'batch/3', 'x-batch-validation': mode });
    expect((await call(fake, 'POST', '/emails/batch', { body: batch, headers: headers('strict') })).status).toBe(422);
    const permissive = await call(fake, 'POST', '/emails/batch', { body: batch, headers: headers('permissive') });
    expect(permissive.status).toBe(200);
    expect(permissive.body.errors).toHaveLength(1);
  });
});
