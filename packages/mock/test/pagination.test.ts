import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

describe('list pagination (GET /emails)', () => {
  let fake: FakeResend;
  let newestFirst: string[];
  beforeAll(async () => {
    fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    for (let i = 0; i < 3; i++) {
      await call(fake, 'POST', '/emails/batch', {
        body: Array.from({ length: 10 }, (_, j) => email({ subject: `#${i * 10 + j}` })),
      });
    }
    newestFirst = fake.state.emails.newestFirst().map((e) => e.id);
  });

  const ids = (body: { data: { id: string }[] }) => body.data.map((e) => e.id);

  it('lists newest first with 20 items by default', async () => {
    const { body } = await call(fake, 'GET', '/emails');
    expect(body.object).toBe('list');
    expect(ids(body)).toEqual(newestFirst.slice(0, 20));
    expect(body.has_more).toBe(true);
    expect(body.data[0].subject).toBe('#29');
  });

  it('walks forward with after (exclusive) until has_more is false', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { body } = await call(fake, 'GET', `/emails?limit=7${after ? `&after=${after}` : ''}`);
      seen.push(...ids(body));
      if (!body.has_more) break;
      after = seen[seen.length - 1];
    }
    expect(seen).toEqual(newestFirst);
  });

  it('walks backward with before (exclusive), has_more saying whether older-side pages remain', async () => {
    const { body } = await call(fake, 'GET', `/emails?limit=5&before=${newestFirst[12]}`);
    expect(ids(body)).toEqual(newestFirst.slice(7, 12));
    expect(body.has_more).toBe(true);
    const { body: first } = await call(fake, 'GET', `/emails?limit=5&before=${newestFirst[4]}`);
    expect(ids(first)).toEqual(newestFirst.slice(0, 4));
    expect(first.has_more).toBe(false);
  });

  it('returns an empty last page after the oldest item', async () => {
    const { body } = await call(fake, 'GET', `/emails?after=${newestFirst[29]}`);
    expect(body).toEqual({ object: 'list', has_more: false, data: [] });
  });

  it('refuses limit outside 1–100 with 422 validation_error', async () => {
    for (const limit of ['0', '101', '-1', '2.5']) {
      const { status, body } = await call(fake, 'GET', `/emails?limit=${limit}`);
      expect.soft(status, limit).toBe(422);
      expect.soft(body.name, limit).toBe('validation_error');
    }
    expect((await call(fake, 'GET', '/emails?limit=100')).body.data).toHaveLength(30);
    expect((await call(fake, 'GET', '/emails?limit=1')).body.data).toHaveLength(1);
  });

  it('refuses after and before together', async () => {
    const { status, body } = await call(fake, 'GET', `/emails?after=${newestFirst[1]}&before=${newestFirst[5]}`);
    expect(status).toBe(422);
    expect(body.name).toBe('validation_error');
  });

  it('answers 404 for a cursor that matches no object', async () => {
    const { status, body } = await call(fake, 'GET', '/emails?after=4ef9a417-02e9-4d39-ad75-9611e0fcc33c');
    expect(status).toBe(404);
    expect(body.name).toBe('not_found');
  });

  it('answers 422 validation_error for a malformed cursor, which is no object ID at all', async () => {
    for (const query of ['after=not-an-id', 'before=42']) {
      const { status, body } = await call(fake, 'GET', `/emails?${query}`);
      expect(status).toBe(422);
      expect(body).toMatchObject({ statusCode: 422, name: 'validation_error' });
      expect(body.message).toContain(`\`${query.split('=')[0]}\``);
    }
  });
});

describe('lists that paginate only on request', () => {
  it('return everything without limit and pages with it (GET /domains)', async () => {
    const fake = createFakeResend({ rateLimit: false });
    for (let i = 0; i < 25; i++) await call(fake, 'POST', '/domains', { body: { name: `d${i}.acme.dev` } });
    const all = await call(fake, 'GET', '/domains');
    expect(all.body.data).toHaveLength(25);
    expect(all.body.has_more).toBe(false);
    expect(all.body.data[0].name).toBe('d24.acme.dev');
    const page = await call(fake, 'GET', '/domains?limit=10');
    expect(page.body.data).toHaveLength(10);
    expect(page.body.has_more).toBe(true);
  });
});
