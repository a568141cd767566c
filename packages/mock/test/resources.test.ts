import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

/** A fake that also checks every 2xx body against the spec. */
const fresh = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true });

describe('emails', () => {
  it('stores a sent email and returns it from GET /emails/{id} and the list', async () => {
    const fake = fresh();
    const { body } = await call(fake, 'POST', '/emails', {
      body: email({ to: 'bounced@resend.dev', cc: 'c@acme.dev', tags: [{ name: 'k', value: 'v' }] }),
    });
    const got = await call(fake, 'GET', `/emails/${body.id}`);
    expect(got.body).toMatchObject({
      object: 'email',
      id: body.id,
      to: ['bounced@resend.dev'],
      cc: ['c@acme.dev'],
      last_event: 'bounced',
      subject: 'Hello',
      html: '<p>Hi</p>',
      text: 'Hi',
    });
    expect(got.body.created_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\+00$/);
    expect((await call(fake, 'GET', '/emails')).body.data.map((e: { id: string }) => e.id)).toEqual([body.id]);
  });

  it('returns batch IDs in request order', async () => {
    const fake = fresh();
    const { body } = await call(fake, 'POST', '/emails/batch', {
      body: [email({ subject: 'a' }), email({ subject: 'b' })],
    });
    expect(body.data).toHaveLength(2);
    expect(fake.state.emails.get(body.data[0].id)?.subject).toBe('a');
    expect(fake.state.emails.get(body.data[1].id)?.subject).toBe('b');
  });

  it('reschedules and cancels a scheduled email, and refuses both for a sent one', async () => {
    const fake = fresh();
    const scheduled = (await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 hour' }) })).body.id;
    expect(fake.state.emails.get(scheduled)?.last_event).toBe('scheduled');
    const at = new Date(Date.now() + 7_200_000).toISOString();
    expect((await call(fake, 'PATCH', `/emails/${scheduled}`, { body: { scheduled_at: at } })).status).toBe(200);
    expect(fake.state.emails.get(scheduled)?.scheduled_at).toBe(at);
    expect((await call(fake, 'POST', `/emails/${scheduled}/cancel`)).status).toBe(200);
    expect((await call(fake, 'GET', `/emails/${scheduled}`)).body.last_event).toBe('canceled');
    const sent = (await call(fake, 'POST', '/emails', { body: email() })).body.id;
    expect((await call(fake, 'POST', `/emails/${sent}/cancel`)).status).toBe(422);
  });

  it('refuses scheduling more than 30 days ahead', async () => {
    const { status, body } = await call(fresh(), 'POST', '/emails', { body: email({ scheduled_at: 'in 31 days' }) });
    expect(status).toBe(422);
    expect(body.message).toContain('scheduled_at');
  });

  it('accepts an ISO 8601 scheduled_at whose offset gives hours only (+01, -03)', async () => {
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rateLimit: false,
      now: () => Date.parse('2026-12-01T00:00:00Z'),
    });
    for (const [at, utc] of [
      ['2026-12-02T10:00:00+01', '2026-12-02T09:00:00.000Z'],
      ['2026-12-02T10:00-03', '2026-12-02T13:00:00.000Z'],
    ]) {
      const { status, body } = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: at }) });
      expect(status).toBe(200);
      expect(fake.state.emails.get(body.id)?.scheduled_at).toBe(utc);
    }
  });
});

describe('domains', () => {
  it('creates, gets, lists, updates, verifies and deletes consistently', async () => {
    const fake = createFakeResend({ rateLimit: false, validateResponses: true });
    const created = await call(fake, 'POST', '/domains', { body: { name: 'news.acme.dev', region: 'eu-west-1' } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body.records.length).toBeGreaterThan(0);
    expect((await call(fake, 'GET', `/domains/${id}`)).body).toMatchObject({
      name: 'news.acme.dev',
      region: 'eu-west-1',
      status: 'not_started',
    });
    await call(fake, 'PATCH', `/domains/${id}`, { body: { open_tracking: true } });
    await call(fake, 'POST', `/domains/${id}/verify`);
    expect((await call(fake, 'GET', `/domains/${id}`)).body).toMatchObject({ open_tracking: true, status: 'verified' });
    expect((await call(fake, 'GET', '/domains')).body.data).toHaveLength(1);
    expect((await call(fake, 'DELETE', `/domains/${id}`)).body).toEqual({ object: 'domain', id, deleted: true });
    expect((await call(fake, 'GET', `/domains/${id}`)).status).toBe(404);
    expect((await call(fake, 'GET', '/domains')).body.data).toHaveLength(0);
  });
});

describe('API keys', () => {
  it('creates a key with a re_ token shown once, lists without it, renames and deletes', async () => {
    const fake = fresh();
    const created = await call(fake, 'POST', '/api-keys', { body: { name: 'ci' } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^re_/);
    const list = await call(fake, 'GET', '/api-keys');
    expect(list.body.data).toHaveLength(1);
    expect(list.text).not.toContain(created.body.token);
    expect((await call(fake, 'PATCH', `/api-keys/${created.body.id}`, { body: { name: 'renamed' } })).status).toBe(200);
    expect((await call(fake, 'GET', '/api-keys')).body.data[0].name).toBe('renamed');
    expect((await call(fake, 'DELETE', `/api-keys/${created.body.id}`)).status).toBe(200);
    expect((await call(fake, 'GET', '/api-keys')).body.data).toHaveLength(0);
  });
});

describe('contacts, segments and audiences', () => {
  it('addresses a contact by ID or by email', async () => {
    const fake = fresh();
    const { body } = await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev', first_name: 'Ada' } });
    expect((await call(fake, 'GET', `/contacts/${body.id}`)).body.email).toBe('ada@acme.dev');
    await call(fake, 'PATCH', `/contacts/${encodeURIComponent('ada@acme.dev')}`, { body: { last_name: 'Lovelace' } });
    expect((await call(fake, 'GET', `/contacts/${body.id}`)).body).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
    });
    expect((await call(fake, 'DELETE', '/contacts/ada@acme.dev')).body).toMatchObject({ id: body.id, deleted: true });
    expect((await call(fake, 'GET', `/contacts/${body.id}`)).status).toBe(404);
  });

  it('refuses a second contact with the same email', async () => {
    const fake = fresh();
    await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } });
    expect((await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } })).status).toBe(422);
  });

  it('keeps segment memberships consistent across contacts and segments', async () => {
    const fake = fresh();
    const segment = (await call(fake, 'POST', '/segments', { body: { name: 'Beta' } })).body.id as string;
    const ada = (await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } })).body.id as string;
    await call(fake, 'POST', '/contacts', { body: { email: 'bob@acme.dev' } });
    expect((await call(fake, 'POST', `/contacts/${ada}/segments/${segment}`)).status).toBe(200);
    const members = await call(fake, 'GET', `/segments/${segment}/contacts`);
    expect(members.body.data.map((c: { email: string }) => c.email)).toEqual(['ada@acme.dev']);
    expect((await call(fake, 'GET', `/contacts?segment_id=${segment}`)).body.data).toHaveLength(1);
    expect((await call(fake, 'GET', `/contacts/${ada}/segments`)).body.data.map((s: { id: string }) => s.id)).toEqual([
      segment,
    ]);
    await call(fake, 'DELETE', `/contacts/${ada}/segments/${segment}`);
    expect((await call(fake, 'GET', `/segments/${segment}/contacts`)).body.data).toHaveLength(0);
    await call(fake, 'PATCH', `/segments/${segment}`, { body: { name: 'Gamma' } });
    expect((await call(fake, 'GET', `/segments/${segment}`)).body.name).toBe('Gamma');
    expect((await call(fake, 'DELETE', `/segments/${segment}`)).status).toBe(200);
    expect((await call(fake, 'GET', '/segments')).body.data).toHaveLength(0);
  });

  it('serves audiences from the same store as segments', async () => {
    const fake = fresh();
    const audience = await call(fake, 'POST', '/audiences', { body: { name: 'Newsletter' } });
    expect(audience.status).toBe(201);
    expect((await call(fake, 'GET', `/audiences/${audience.body.id}`)).body.name).toBe('Newsletter');
    expect((await call(fake, 'GET', '/audiences')).body.data).toHaveLength(1);
    expect((await call(fake, 'DELETE', `/audiences/${audience.body.id}`)).body.deleted).toBe(true);
    expect(fake.state.segments.size).toBe(0);
  });

  it('tracks topic subscriptions per contact, defaulting to the topic default', async () => {
    const fake = fresh();
    const news = (await call(fake, 'POST', '/topics', { body: { name: 'News', default_subscription: 'opt_in' } })).body
      .id as string;
    const ada = (await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } })).body.id as string;
    expect((await call(fake, 'GET', `/contacts/${ada}/topics`)).body.data[0]).toMatchObject({
      id: news,
      subscription: 'opt_in',
    });
    await call(fake, 'PATCH', `/contacts/${ada}/topics`, { body: { topics: [{ id: news, subscription: 'opt_out' }] } });
    expect((await call(fake, 'GET', `/contacts/${ada}/topics`)).body.data[0]).toMatchObject({
      id: news,
      subscription: 'opt_out',
    });
  });
});

describe('topics', () => {
  it('creates, lists (always paginated), updates and deletes', async () => {
    const fake = fresh();
    const id = (await call(fake, 'POST', '/topics', { body: { name: 'Product', default_subscription: 'opt_out' } }))
      .body.id as string;
    await call(fake, 'PATCH', `/topics/${id}`, { body: { description: 'Launches' } });
    expect((await call(fake, 'GET', `/topics/${id}`)).body).toMatchObject({
      name: 'Product',
      description: 'Launches',
      default_subscription: 'opt_out',
    });
    expect((await call(fake, 'GET', '/topics?limit=1')).body).toMatchObject({ has_more: false });
    await call(fake, 'DELETE', `/topics/${id}`);
    expect((await call(fake, 'GET', `/topics/${id}`)).status).toBe(404);
  });
});

describe('broadcasts', () => {
  it('goes from draft to sent, refuses edits afterwards, and duplicates into a draft', async () => {
    const fake = fresh();
    const segment = (await call(fake, 'POST', '/segments', { body: { name: 'All' } })).body.id as string;
    const id = (
      await call(fake, 'POST', '/broadcasts', {
        body: { segment_id: segment, from: 'a@acme.dev', subject: 'Launch', name: 'Launch' },
      })
    ).body.id as string;
    expect((await call(fake, 'GET', `/broadcasts/${id}`)).body.status).toBe('draft');
    expect((await call(fake, 'PATCH', `/broadcasts/${id}`, { body: { subject: 'Launch!' } })).status).toBe(200);
    expect((await call(fake, 'POST', `/broadcasts/${id}/send`)).status).toBe(200);
    expect((await call(fake, 'GET', `/broadcasts/${id}`)).body).toMatchObject({ status: 'sent', subject: 'Launch!' });
    expect((await call(fake, 'PATCH', `/broadcasts/${id}`, { body: { subject: 'x' } })).status).toBe(422);
    expect((await call(fake, 'DELETE', `/broadcasts/${id}`)).status).toBe(422);
    const copy = (await call(fake, 'POST', `/broadcasts/${id}/duplicate`)).body.id as string;
    expect((await call(fake, 'GET', `/broadcasts/${copy}`)).body).toMatchObject({
      status: 'draft',
      name: 'Launch (copy)',
    });
    expect((await call(fake, 'GET', '/broadcasts')).body.data.map((b: { id: string }) => b.id)).toEqual([copy, id]);
  });

  it('schedules with scheduled_at and cancels back to draft', async () => {
    const fake = fresh();
    const segment = (await call(fake, 'POST', '/segments', { body: { name: 'All' } })).body.id as string;
    const id = (
      await call(fake, 'POST', '/broadcasts', { body: { segment_id: segment, from: 'a@acme.dev', subject: 's' } })
    ).body.id as string;
    await call(fake, 'POST', `/broadcasts/${id}/send`, { body: { scheduled_at: 'in 2 hours' } });
    expect(fake.state.broadcasts.get(id)?.status).toBe('scheduled');
    expect((await call(fake, 'POST', `/broadcasts/${id}/cancel`)).status).toBe(200);
    expect(fake.state.broadcasts.get(id)?.status).toBe('draft');
  });
});

describe('templates', () => {
  it('creates a draft, finds it by alias, publishes, duplicates and deletes', async () => {
    const fake = fresh();
    const created = await call(fake, 'POST', '/templates', {
      body: { name: 'Welcome', html: '<p>Hi {{{NAME}}}</p>', alias: 'welcome' },
    });
    expect(created.status).toBe(201);
    expect((await call(fake, 'GET', '/templates/welcome')).body).toMatchObject({
      id: created.body.id,
      status: 'draft',
    });
    await call(fake, 'POST', '/templates/welcome/publish');
    expect((await call(fake, 'GET', `/templates/${created.body.id}`)).body.status).toBe('published');
    const copy = (await call(fake, 'POST', `/templates/${created.body.id}/duplicate`)).body.id as string;
    expect((await call(fake, 'GET', `/templates/${copy}`)).body.status).toBe('draft');
    expect((await call(fake, 'GET', '/templates')).body.data).toHaveLength(2);
    expect((await call(fake, 'DELETE', '/templates/welcome')).status).toBe(200);
    expect((await call(fake, 'GET', '/templates')).body.data).toHaveLength(1);
  });
});

describe('webhooks', () => {
  it('creates with a whsec_ secret, updates, rotates the secret and deletes', async () => {
    const fake = fresh();
    const created = await call(fake, 'POST', '/webhooks', {
      body: { endpoint: 'https://acme.dev/hook', events: ['email.sent'] },
    });
    expect(created.status).toBe(201);
    expect(created.body.signing_secret).toMatch(/^whsec_/);
    const id = created.body.id as string;
    await call(fake, 'PATCH', `/webhooks/${id}`, { body: { status: 'disabled' } });
    expect((await call(fake, 'GET', `/webhooks/${id}`)).body).toMatchObject({
      status: 'disabled',
      endpoint: 'https://acme.dev/hook',
    });
    const rotated = await call(fake, 'POST', `/webhooks/${id}/signing-secret/rotate`);
    expect(rotated.body.signing_secret).not.toBe(created.body.signing_secret);
    expect((await call(fake, 'DELETE', `/webhooks/${id}`)).status).toBe(200);
    expect((await call(fake, 'GET', '/webhooks')).body.data).toHaveLength(0);
  });
});

describe('unknown IDs', () => {
  it('answer 404 rather than a made-up object', async () => {
    const fake = fresh();
    const id = '3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10';
    const { status, body } = await call(fake, 'GET', `/emails/receiving/${id}`);
    expect(status).toBe(404);
    expect(body.name).toBe('not_found');
  });
});
