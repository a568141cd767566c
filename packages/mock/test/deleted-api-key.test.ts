/**
 * A key deleted through `DELETE /api-keys/{id}` is refused from then on, as Resend refuses a key it
 * no longer knows: also when the fake accepts any `re_…` key (no `apiKeys` option), where a deleted
 * `sending_access` key used to come back with full access.
 */
import { expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

async function deletedKey(permission: 'full_access' | 'sending_access') {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const created = await call(fake, 'POST', '/api-keys', { body: { name: 'ci', permission } });
  expect(created.status).toBe(201);
  expect((await call(fake, 'DELETE', `/api-keys/${created.body.id}`)).status).toBe(200);
  return { fake, headers: { authorization: `Bearer ${created.body.token}` } };
}

it('refuses a deleted sending_access key everywhere instead of giving it full access', async () => {
  const { fake, headers } = await deletedKey('sending_access');
  for (const [method, path, body] of [
    ['GET', '/domains', undefined],
    ['POST', '/emails', email({ from: 'a@acme.dev' })],
  ] as const) {
    const answer = await call(fake, method, path, { headers, body });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ statusCode: 403, name: 'invalid_api_key' });
  }
});

it('refuses a deleted full_access key, and forgets the deletion on reset', async () => {
  const { fake, headers } = await deletedKey('full_access');
  expect((await call(fake, 'GET', '/domains', { headers })).body.name).toBe('invalid_api_key');
  expect((await call(fake, 'GET', '/domains')).status).toBe(200);
  fake.reset();
  // Any well-formed key is accepted again: reset forgets every key the fake made or deleted.
  expect((await call(fake, 'GET', '/domains', { headers })).status).toBe(200);
});
