import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { API, HEADERS, call } from './helpers.js';

const fresh = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true });

describe('resources beyond plain CRUD', () => {
  it('a contact import creates its contacts, updates existing ones and counts bad rows', async () => {
    const fake = fresh();
    await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } });
    const form = new FormData();
    form.set('file', 'Email,First Name,Plan\nada@acme.dev,Ada,pro\ngrace@acme.dev,Grace,free\nnot-an-email,X,free\n');
    form.set(
      'column_map',
      JSON.stringify({
        email: 'Email',
        first_name: 'First Name',
        properties: { plan: { column: 'Plan', type: 'string' } },
      }),
    );
    const res = await fake.fetch(
      new Request(`${API}/contacts/imports`, { method: 'POST', headers: HEADERS, body: form }),
    );
    const made = (await res.json()) as { id: string };
    const got = await call(fake, 'GET', `/contacts/imports/${made.id}`);
    expect(got.body).toMatchObject({
      status: 'completed',
      counts: { total: 3, created: 1, updated: 1, skipped: 0, failed: 1 },
    });
    expect((await call(fake, 'GET', '/contacts/grace@acme.dev')).body).toMatchObject({
      first_name: 'Grace',
      properties: { plan: 'free' },
    });
    expect((await call(fake, 'GET', '/contacts/ada@acme.dev')).body.first_name).toBe('Ada');
  });

  it('sending an event starts a run of each enabled automation it triggers', async () => {
    const fake = fresh();
    const steps = [
      { key: 'start', type: 'trigger', config: { event_name: 'user.signed_up' } },
      { key: 'wait', type: 'delay', config: { duration: '1 hour' } },
    ];
    const on = (
      await call(fake, 'POST', '/automations', {
        body: { name: 'on', status: 'enabled', steps, connections: [{ from: 'start', to: 'wait' }] },
      })
    ).body.id;
    const off = (
      await call(fake, 'POST', '/automations', {
        body: { name: 'off', steps, connections: [{ from: 'start', to: 'wait' }] },
      })
    ).body.id;
    expect(
      (await call(fake, 'POST', '/events/send', { body: { event: 'user.signed_up', email: 'ada@acme.dev' } })).status,
    ).toBe(202);
    const runs = (await call(fake, 'GET', `/automations/${on}/runs`)).body.data;
    expect(runs).toHaveLength(1);
    expect(
      (await call(fake, 'GET', `/automations/${on}/runs/${runs[0].id}`)).body.steps.map((s: { key: string }) => s.key),
    ).toEqual(['start', 'wait']);
    expect((await call(fake, 'GET', `/automations/${off}/runs`)).body.data).toHaveLength(0);
    expect((await call(fake, 'GET', `/automations/${off}/runs/${runs[0].id}`)).status).toBe(404);
  });

  it('refuses an automation graph with a connection to a missing step', async () => {
    const res = await call(fresh(), 'POST', '/automations', {
      body: {
        name: 'x',
        steps: [{ key: 'start', type: 'trigger', config: { event_name: 'e' } }],
        connections: [{ from: 'start', to: 'nowhere' }],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('nowhere');
  });

  it('a domain claim is read and verified through its placeholder domain', async () => {
    const fake = fresh();
    const claim = (await call(fake, 'POST', '/domains/claim', { body: { name: 'Taken.dev' } })).body;
    expect(claim).toMatchObject({ name: 'taken.dev', status: 'pending' });
    expect((await call(fake, 'POST', `/domains/${claim.domain_id}/claim/verify`)).body.status).toBe('completed');
    expect((await call(fake, 'GET', `/domains/${claim.domain_id}/claim`)).body.status).toBe('completed');
  });

  it('suppressions: batch add keeps one entry per address, batch remove by email, get by email', async () => {
    const fake = fresh();
    await call(fake, 'POST', '/suppressions', { body: { email: 'a@acme.dev' } });
    const added = (
      await call(fake, 'POST', '/suppressions/batch/add', { body: { emails: ['a@acme.dev', 'b@acme.dev'] } })
    ).body.data;
    expect(fake.state.suppressions.size).toBe(2);
    expect((await call(fake, 'GET', '/suppressions/a@acme.dev')).body.id).toBe(added[0].id);
    await call(fake, 'POST', '/suppressions/batch/remove', { body: { emails: ['b@acme.dev'] } });
    expect((await call(fake, 'GET', '/suppressions/b@acme.dev')).status).toBe(404);
  });

  it('thread labels: add, set and remove use the inbox labels, and a sent draft cannot be sent again', async () => {
    const fake = fresh();
    const inbox = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body.id;
    const billing = (
      await call(fake, 'POST', `/inboxes/${inbox}/labels`, { body: { name: 'Billing', color: 'orange' } })
    ).body.id;
    const urgent = (
      await call(fake, 'POST', `/inboxes/${inbox}/labels`, { body: { name: 'Urgent', color: 'crimson' } })
    ).body.id;
    const unknown = `/inboxes/${inbox}/threads/0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d/labels`;
    expect((await call(fake, 'POST', unknown, { body: { labels: [billing] } })).status).toBe(404);
    fake.receiveEmail({ from: 'ada@example.org', to: 'support@acme.dev', subject: 'Invoice', text: 'Where is it?' });
    const thread = `/inboxes/${inbox}/threads/${fake.state.inboxThreads.all()[0]!.id}/labels`;
    expect(
      (await call(fake, 'POST', thread, { body: { labels: [billing] } })).body.data.map(
        (l: { name: string }) => l.name,
      ),
    ).toEqual(['Billing']);
    expect((await call(fake, 'POST', thread, { body: { labels: [urgent] } })).body.data).toHaveLength(2);
    expect(
      (await call(fake, 'PUT', thread, { body: { labels: [urgent] } })).body.data.map((l: { name: string }) => l.name),
    ).toEqual(['Urgent']);
    expect((await call(fake, 'DELETE', `${thread}/${urgent}`)).body.data).toEqual([]);
    expect(
      (await call(fake, 'POST', thread, { body: { labels: ['11111111-1111-4111-8111-111111111111'] } })).status,
    ).toBe(422);

    const draft = (await call(fake, 'POST', `/inboxes/${inbox}/drafts`, { body: { to: 'ada@acme.dev', text: 'Hi' } }))
      .body.id;
    expect((await call(fake, 'POST', `/inboxes/${inbox}/drafts/${draft}/send`)).status).toBe(200);
    expect((await call(fake, 'POST', `/inboxes/${inbox}/drafts/${draft}/send`)).status).toBe(409);
  });
});
