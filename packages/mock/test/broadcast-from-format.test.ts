/**
 * A broadcast's `from` is held to the format an email's is: the sending rules read only its
 * domain, so `News news@acme.dev` (no angle brackets) went out as if it were well formed.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

const FORMAT =
  'Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.';

async function draftFrom(from: string) {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const segment = (await call(fake, 'POST', '/segments', { body: { name: 'Readers' } })).body.id as string;
  await call(fake, 'POST', '/contacts', { body: { email: 'delivered@resend.dev', segments: [{ id: segment }] } });
  const created = await call(fake, 'POST', '/broadcasts', { body: { segment_id: segment, from, subject: 'Launch' } });
  return { fake, id: created.body.id as string };
}

describe('a broadcast from a malformed address', () => {
  it.each([{}, { scheduled_at: 'in 1 hour' }])('is refused when sent (%j), staying a draft', async (body) => {
    const { fake, id } = await draftFrom('News news@acme.dev');
    const sent = await call(fake, 'POST', `/broadcasts/${id}/send`, { body });
    expect(sent.status).toBe(422);
    expect(sent.body).toEqual({ statusCode: 422, name: 'validation_error', message: FORMAT });
    expect(fake.state.broadcasts.get(id)?.status).toBe('draft');
    expect(fake.state.emails.size).toBe(0);
  });

  it('goes out from a well-formed one', async () => {
    const { fake, id } = await draftFrom('News <news@acme.dev>');
    expect((await call(fake, 'POST', `/broadcasts/${id}/send`, { body: {} })).status).toBe(200);
    expect(fake.state.emails.all().map((e) => e.from)).toEqual(['News <news@acme.dev>']);
  });
});
