import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

describe('PATCH /contacts/{id}/topics', () => {
  it('refuses an unknown topic ID with 422 validation_error naming it, and changes nothing', async () => {
    const fake = createFakeResend({ rateLimit: false, validateResponses: true });
    const news = (await call(fake, 'POST', '/topics', { body: { name: 'News', default_subscription: 'opt_in' } })).body
      .id as string;
    const ada = (await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } })).body.id as string;
    const unknown = '3f2c8a4e-1b7d-4c5e-9a6f-0d8e7c6b5a49';
    const res = await call(fake, 'PATCH', `/contacts/${ada}/topics`, {
      body: {
        topics: [
          { id: news, subscription: 'opt_out' },
          { id: unknown, subscription: 'opt_in' },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ statusCode: 422, name: 'validation_error', message: expect.stringContaining(unknown) });
    expect(res.body.message).toContain('topics[1].id');
    expect(fake.state.contacts.get(ada)?.topics).toEqual([]);
  });
});
