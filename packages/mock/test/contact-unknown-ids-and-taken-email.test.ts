/**
 * A contact is refused, as `PATCH /contacts/{id}/topics` refuses an unknown topic, when it names a
 * topic or segment that does not exist (on create and in a CSV import), and a contact cannot take
 * an email another contact has.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { API, HEADERS, call } from './helpers.js';

const UNKNOWN = '3f2c8a4e-1b7d-4c5e-9a6f-0d8e7c6b5a49';

async function fakeWithTopicAndSegment() {
  const fake = createFakeResend({ rateLimit: false, validateResponses: true });
  const topic = (await call(fake, 'POST', '/topics', { body: { name: 'News', default_subscription: 'opt_in' } })).body
    .id;
  const segment = (await call(fake, 'POST', '/segments', { body: { name: 'VIP' } })).body.id;
  return { fake, topic: topic as string, segment: segment as string };
}

describe('contacts naming topics and segments that do not exist', () => {
  it('POST /contacts refuses an unknown topics[].id or segments ID with 422 naming the field, and stores nothing', async () => {
    const { fake, topic, segment } = await fakeWithTopicAndSegment();
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          topics: [
            { id: topic, subscription: 'opt_in' },
            { id: UNKNOWN, subscription: 'opt_in' },
          ],
        },
        'topics[1].id',
      ],
      [{ segments: [{ id: segment }, { id: UNKNOWN }] }, 'segments[1].id'],
    ];
    for (const [extra, field] of cases) {
      const res = await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev', ...extra } });
      expect([res.status, res.body.name], field).toEqual([422, 'validation_error']);
      expect(res.body.message).toContain(`\`${field}\``);
      expect(res.body.message).toContain(UNKNOWN);
    }
    expect(fake.state.contacts.size).toBe(0);
    const ok = { email: 'ada@acme.dev', segments: [{ id: segment }], topics: [{ id: topic, subscription: 'opt_out' }] };
    expect((await call(fake, 'POST', '/contacts', { body: ok })).status).toBe(201);
  });

  it('a CSV import refuses an unknown segment or topic before importing any row', async () => {
    const { fake, segment } = await fakeWithTopicAndSegment();
    const importWith = async (extra: Record<string, string>) => {
      const form = new FormData();
      form.set('file', new Blob(['email\nada@acme.dev\n'], { type: 'text/csv' }));
      for (const [name, value] of Object.entries(extra)) form.set(name, value);
      const response = await fake.fetch(
        new Request(`${API}/contacts/imports`, { method: 'POST', headers: HEADERS, body: form }),
      );
      return { status: response.status, body: (await response.json()) as { name?: string; message?: string } };
    };
    const segments = await importWith({ segments: JSON.stringify([{ id: segment }, { id: UNKNOWN }]) });
    expect([segments.status, segments.body.name]).toEqual([422, 'validation_error']);
    expect(segments.body.message).toContain('`segments[1].id`');
    const topics = await importWith({ topics: JSON.stringify([{ id: UNKNOWN, subscription: 'opt_in' }]) });
    expect([topics.status, topics.body.message]).toEqual([422, expect.stringContaining('`topics[0].id`')]);
    expect(fake.state.contacts.size).toBe(0);
    expect((await importWith({ segments: JSON.stringify([{ id: segment }]) })).status).toBe(201);
  });
});

describe('PATCH /contacts/{id} email', () => {
  it('refuses an email another contact has, in any case, with the 422 a duplicate create gets, and changes nothing', async () => {
    const fake = createFakeResend({ rateLimit: false, validateResponses: true });
    const ada = (await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } })).body.id as string;
    const bob = (await call(fake, 'POST', '/contacts', { body: { email: 'bob@acme.dev' } })).body.id as string;
    const duplicate = await call(fake, 'POST', '/contacts', { body: { email: 'ADA@acme.dev' } });
    const res = await call(fake, 'PATCH', `/contacts/${bob}`, { body: { email: 'Ada@Acme.dev', first_name: 'Bob' } });
    expect([res.status, res.body.name]).toEqual([duplicate.status, duplicate.body.name]);
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('already exists');
    expect(fake.state.contacts.get(bob)).toMatchObject({ email: 'bob@acme.dev', first_name: null });
    // The deprecated audience-scoped route too.
    const audience = (await call(fake, 'POST', '/audiences', { body: { name: 'VIP' } })).body.id as string;
    expect((await call(fake, 'POST', `/contacts/${bob}/segments/${audience}`)).status).toBe(200);
    const scoped = await call(fake, 'PATCH', `/audiences/${audience}/contacts/${bob}`, {
      body: { email: 'ada@acme.dev' },
    });
    expect(scoped.status).toBe(422);
    expect(fake.state.contacts.get(bob)?.email).toBe('bob@acme.dev');
    // A contact may write its own address in another case.
    expect((await call(fake, 'PATCH', `/contacts/${ada}`, { body: { email: 'ADA@acme.dev' } })).status).toBe(200);
  });
});
