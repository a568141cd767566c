/**
 * `fake.fetch` given a `Request` whose body was already read (a retry re-sending the same Request)
 * rejects with a `TypeError` as `fetch` does, instead of answering as if Resend had refused the body.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { apiRequest, email } from './helpers.js';

describe('fake.fetch and a Request whose body is used', () => {
  it.each([
    ['as text', (r: Request) => r.text()],
    ['as JSON', (r: Request) => r.json()],
    ['by an earlier fetch', (r: Request) => createFakeResend({ domains: ['acme.dev'] }).fetch(r)],
  ])('rejects a body already read %s with the TypeError fetch throws, logging nothing', async (_, use) => {
    const fake = createFakeResend({ domains: ['acme.dev'] });
    const request = apiRequest('POST', '/emails', { body: email() });
    await use(request);
    const error: unknown = await fake.fetch(request).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe(
      'Cannot construct a Request with a Request object that has already been used.',
    );
    expect(fake.state.requests.size).toBe(0);
    expect(fake.state.emails.size).toBe(0);
  });

  it('still answers a fresh Request and one without a body', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'] });
    expect((await fake.fetch(apiRequest('POST', '/emails', { body: email() }))).status).toBe(200);
    const get = apiRequest('GET', '/emails');
    expect((await fake.fetch(get)).status).toBe(200);
  });
});
