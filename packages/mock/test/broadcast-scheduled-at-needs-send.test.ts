import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

describe('POST /broadcasts takes scheduled_at only with send: true', () => {
  async function create(extra: Record<string, unknown>) {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const segment = (await call(fake, 'POST', '/segments', { body: { name: 'All' } })).body.id as string;
    const answer = await call(fake, 'POST', '/broadcasts', {
      body: { segment_id: segment, from: 'news@acme.dev', subject: 'Launch', ...extra },
    });
    return { fake, ...answer };
  }

  it('refuses scheduled_at without send (or with send: false) with 422 validation_error, creating nothing', async () => {
    for (const extra of [{ scheduled_at: 'in 1 hour' }, { scheduled_at: 'in 1 hour', send: false }]) {
      const { fake, status, body } = await create(extra);
      expect(status).toBe(422);
      expect(body.name).toBe('validation_error');
      expect(body.message).toContain('scheduled_at');
      expect(fake.state.broadcasts.size).toBe(0);
    }
  });

  it('schedules the broadcast when send is true', async () => {
    const { fake, status, body } = await create({ scheduled_at: 'in 1 hour', send: true });
    expect(status).toBe(201);
    expect(fake.state.broadcasts.get(body.id)?.status).toBe('scheduled');
  });
});
