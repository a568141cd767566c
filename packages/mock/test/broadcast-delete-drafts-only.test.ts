import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

async function draftBroadcast(fake: ReturnType<typeof createFakeResend>): Promise<string> {
  const segment = (await call(fake, 'POST', '/segments', { body: { name: 'All' } })).body.id as string;
  const created = await call(fake, 'POST', '/broadcasts', {
    body: { segment_id: segment, from: 'news@acme.dev', subject: 'Launch' },
  });
  return created.body.id as string;
}

describe('DELETE /broadcasts/{id} deletes drafts only', () => {
  it('refuses a scheduled broadcast with 422 validation_error and keeps it scheduled', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const id = await draftBroadcast(fake);
    await call(fake, 'POST', `/broadcasts/${id}/send`, { body: { scheduled_at: 'in 2 hours' } });
    const { status, body } = await call(fake, 'DELETE', `/broadcasts/${id}`);
    expect(status).toBe(422);
    expect(body).toMatchObject({ statusCode: 422, name: 'validation_error' });
    expect(fake.state.broadcasts.get(id)?.status).toBe('scheduled');
  });

  it('deletes it once canceled back to a draft', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const id = await draftBroadcast(fake);
    await call(fake, 'POST', `/broadcasts/${id}/send`, { body: { scheduled_at: 'in 2 hours' } });
    await call(fake, 'POST', `/broadcasts/${id}/cancel`);
    const { status, body } = await call(fake, 'DELETE', `/broadcasts/${id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, deleted: true });
  });
});
