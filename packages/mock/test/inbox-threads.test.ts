import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

async function setup() {
  const fake = createFakeResend({ rateLimit: false, validateResponses: true, domains: ['acme.dev'] });
  const inbox = (
    await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev', from_name: 'Acme Support' } })
  ).body.id as string;
  const first = fake.receiveEmail({
    from: 'Ada <ada@example.org>',
    to: 'support@acme.dev',
    subject: 'Invoice question',
    text: 'Where is my invoice?',
    attachments: [{ filename: 'a.txt', content: 'aGk=' }],
  });
  return { fake, inbox, first, base: `/inboxes/${inbox}/threads` };
}

describe('inbox threads', () => {
  it('files inbound mail into threads: a reply by header or subject joins, another subject starts one', async () => {
    const { fake, inbox, first, base } = await setup();
    fake.receiveEmail({
      from: 'ada@example.org',
      to: 'support@acme.dev',
      subject: 'Something else',
      text: 'x',
      headers: { 'In-Reply-To': first.message_id },
    });
    fake.receiveEmail({
      from: 'ada@example.org',
      to: 'support@acme.dev',
      subject: 'RE: Invoice question',
      text: 'Any news?',
    });
    fake.receiveEmail({ from: 'bob@example.org', to: 'support@acme.dev', subject: 'Hello', text: 'New topic' });
    fake.receiveEmail({ from: 'bob@example.org', to: 'sales@acme.dev', subject: 'Not for the inbox', text: '-' });
    const list = await call(fake, 'GET', base);
    expect(
      list.body.data.map((t: Record<string, unknown>) => [t.subject, t.message_count, t.has_attachment, t.read]),
    ).toEqual([
      ['Hello', 1, false, false],
      ['Invoice question', 3, true, false],
    ]);
    expect((await call(fake, 'GET', `/inboxes/${inbox}`)).body).toMatchObject({
      unread: 4,
      updated_at: expect.any(String),
    });
  });

  it('reads, moves, searches and deletes (to the trash) a thread; unknown threads and emails answer 404', async () => {
    const { fake, base } = await setup();
    const thread = fake.state.inboxThreads.all()[0]!.id;
    expect((await call(fake, 'GET', `${base}/${thread}`)).body).toMatchObject({
      object: 'inbox_thread',
      subject: 'Invoice question',
      folder: 'inbox',
      read: false,
    });
    expect(
      (await call(fake, 'PATCH', `${base}/${thread}`, { body: { read: true, folder: 'archive' } })).body,
    ).toMatchObject({ read: true, folder: 'archive' });
    expect((await call(fake, 'GET', base)).body.data).toEqual([]);
    expect((await call(fake, 'GET', `${base}?folders=archive`)).body.data).toHaveLength(1);
    const found = await call(fake, 'GET', `${base}/search?query=invoice`);
    expect(found.body.data[0].highlights).toMatchObject({
      subject: '<mark>Invoice</mark> question',
      body: 'Where is my <mark>invoice</mark>?',
    });
    expect((await call(fake, 'GET', `${base}/search?query=nothing-like-this`)).body.data).toEqual([]);
    const emails = await call(fake, 'GET', `${base}/${thread}/emails`);
    expect(emails.body.data).toEqual([
      expect.objectContaining({
        direction: 'inbound',
        text: 'Where is my invoice?',
        read: true,
        attachments: [expect.objectContaining({ filename: 'a.txt', size: 2 })],
      }),
    ]);
    const unknown = '0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d';
    expect((await call(fake, 'GET', `${base}/${unknown}`)).status).toBe(404);
    expect((await call(fake, 'GET', `${base}/${thread}/emails/${unknown}`)).status).toBe(404);
    expect((await call(fake, 'DELETE', `${base}/${thread}`)).body).toEqual({
      object: 'inbox_thread',
      id: thread,
      deleted: true,
    });
    expect((await call(fake, 'GET', `${base}/${thread}`)).body.folder).toBe('trash');
    expect((await call(fake, 'GET', `${base}?folders=trash`)).body.data.map((t: { id: string }) => t.id)).toEqual([
      thread,
    ]);
  });

  it('replies and forwards from the inbox: a sent email and an outbound email of the thread, under the sending rules', async () => {
    const { fake, base } = await setup();
    const thread = fake.state.inboxThreads.all()[0]!.id;
    const inbound = (await call(fake, 'GET', `${base}/${thread}/emails`)).body.data[0].id;
    const reply = await call(fake, 'POST', `${base}/${thread}/emails/${inbound}/reply`, {
      body: { text: 'Attached.' },
    });
    expect(reply.status).toBe(200);
    const sent = fake.state.emails.get(reply.body.email_id)!;
    expect(sent).toMatchObject({
      from: 'Acme Support <support@acme.dev>',
      to: ['Ada <ada@example.org>'],
      subject: 'Re: Invoice question',
      text: 'Attached.',
    });
    const forward = await call(fake, 'POST', `${base}/${thread}/emails/${inbound}/forward`, {
      body: { to: 'billing@example.com', text: 'FYI' },
    });
    expect([forward.status, forward.body.name]).toEqual([422, 'validation_error']);
    const ok = await call(fake, 'POST', `${base}/${thread}/emails/${inbound}/forward`, {
      body: { to: 'delivered@resend.dev', text: 'FYI' },
    });
    expect(fake.state.emails.get(ok.body.id)?.subject).toBe('Fwd: Invoice question');
    const emails = (await call(fake, 'GET', `${base}/${thread}/emails`)).body.data.map(
      (e: Record<string, unknown>) => e.direction,
    );
    expect(emails).toEqual(['inbound', 'outbound', 'outbound']);
  });

  it('keeps the agent settings of each inbox', async () => {
    const { fake, inbox } = await setup();
    expect((await call(fake, 'GET', `/inboxes/${inbox}/agent`)).body).toEqual({
      object: 'inbox_agent',
      instructions: null,
      tone: null,
      enabled_actions: [],
    });
    expect(
      (
        await call(fake, 'PATCH', `/inboxes/${inbox}/agent`, {
          body: { tone: 'concise_casual', enabled_actions: ['draft_reply', 'archive_thread'] },
        })
      ).body,
    ).toEqual({ object: 'inbox_agent', id: inbox });
    expect((await call(fake, 'GET', `/inboxes/${inbox}/agent`)).body).toMatchObject({
      tone: 'concise_casual',
      enabled_actions: ['draft_reply', 'archive_thread'],
    });
    expect((await call(fake, 'GET', '/inboxes/3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10/agent')).status).toBe(404);
  });

  it('lists draft attachments', async () => {
    const { fake, inbox } = await setup();
    const draft = await call(fake, 'POST', `/inboxes/${inbox}/drafts`, {
      body: {
        to: 'ada@acme.dev',
        text: 'Hi',
        attachments: [{ filename: 'a.pdf', content: 'aGVsbG8=', content_type: 'application/pdf' }],
      },
    });
    const got = await call(fake, 'GET', `/inboxes/${inbox}/drafts/${draft.body.id}`);
    expect(got.body.attachments).toEqual([
      { id: expect.any(String), filename: 'a.pdf', content_type: 'application/pdf', size: 5 },
    ]);
  });

  it("replaces a draft's attachments when an update sends the field, and removes them all with null", async () => {
    const { fake, inbox } = await setup();
    const path = `/inboxes/${inbox}/drafts`;
    const first = [{ filename: 'a.pdf', content: 'aGVsbG8=', content_type: 'application/pdf' }];
    const draft = await call(fake, 'POST', path, { body: { to: 'ada@acme.dev', attachments: first } });
    const second = [{ filename: 'b.txt', content: 'aGk=', content_type: 'text/plain' }];
    const replaced = await call(fake, 'PATCH', `${path}/${draft.body.id}`, { body: { attachments: second } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.attachments).toEqual([
      { id: expect.any(String), filename: 'b.txt', content_type: 'text/plain', size: 2 },
    ]);
    const kept = await call(fake, 'PATCH', `${path}/${draft.body.id}`, { body: { subject: 'Files' } });
    expect(kept.body.attachments).toHaveLength(1);
    const cleared = await call(fake, 'PATCH', `${path}/${draft.body.id}`, { body: { attachments: null } });
    expect(cleared.body.attachments).toEqual([]);
  });

  it('refuses a draft attachment with neither content nor a path, and content without its type', async () => {
    const { fake, inbox } = await setup();
    const path = `/inboxes/${inbox}/drafts`;
    for (const attachment of [{ filename: 'a.txt' }, { filename: 'a.txt', content: 'aGk=' }]) {
      const refused = await call(fake, 'POST', path, { body: { subject: 'x', attachments: [attachment] } });
      expect(refused.status).toBe(422);
    }
    const onlyFiles = await call(fake, 'POST', path, {
      body: { to: null, attachments: [{ filename: 'a.txt', path: 'https://acme.dev/a.txt' }] },
    });
    expect(onlyFiles.status).toBe(201);
  });
});
