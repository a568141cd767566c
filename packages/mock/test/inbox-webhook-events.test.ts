/**
 * Inbox thread events: an email added to a thread (received, or sent as a reply, forward or draft)
 * and a thread started, moved or labelled reach a subscribed endpoint, signed like every event.
 */
import { describe, expect, it } from 'vitest';
import { setup, verified } from './webhook-fixture.js';
import { eventProblems } from './webhook-schema.js';

const INBOX_EVENTS = [
  'inbox.thread.created',
  'inbox.email.received',
  'inbox.email.sent',
  'inbox.thread.folder.updated',
  'inbox.thread.labels.updated',
];

describe('inbox thread webhook events', () => {
  it('sends inbox.thread.created, inbox.email.received and inbox.email.sent for mail received, replies, forwards and drafts', async () => {
    const { fake, received, register, call } = setup();
    const { signing_secret } = await register(INBOX_EVENTS);
    const inbox = (await call('POST', '/inboxes', { email_address: 'support@acme.dev' })).body.id as string;
    fake.receiveEmail({ from: 'ada@other.dev', to: 'support@acme.dev', subject: 'Question', text: 'q' });
    fake.receiveEmail({ from: 'ada@other.dev', to: 'support@acme.dev', subject: 'Re: Question', text: 'more' });
    const thread = (await call('GET', `/inboxes/${inbox}/threads`)).body.data[0].id as string;
    const emails = `/inboxes/${inbox}/threads/${thread}/emails`;
    const [first] = (await call('GET', emails)).body.data as { id: string }[];
    const reply = (await call('POST', `${emails}/${first!.id}/reply`, { text: 'answer' })).body;
    await call('POST', `${emails}/${first!.id}/forward`, { to: 'bob@other.dev', text: 'fyi' });
    const draft = (await call('POST', `/inboxes/${inbox}/drafts`, { to: 'carol@other.dev', subject: 'New', text: 'n' }))
      .body;
    const sent = (await call('POST', `/inboxes/${inbox}/drafts/${draft.id}/send`)).body;
    await fake.settleWebhooks();

    const events = await verified(received, signing_secret);
    expect(events.map((e) => e.type)).toEqual([
      'inbox.thread.created',
      'inbox.email.received',
      'inbox.email.received',
      'inbox.email.sent',
      'inbox.email.sent',
      'inbox.thread.created',
      'inbox.email.sent',
    ]);
    for (const event of events) {
      expect(eventProblems(event), event.type).toEqual([]);
      expect(event.data).toMatchObject({ inbox_id: inbox });
    }
    const data = events.map((e) => e.data as unknown as Record<string, unknown>);
    expect(data[0]).toMatchObject({ source: 'inbound', thread_id: thread, thread: { id: thread, folder: 'inbox' } });
    expect(data[1]).toMatchObject({ source: 'inbound', thread_id: thread, email_id: first!.id });
    expect(data[1]!.email).toMatchObject({ direction: 'inbound', from: 'ada@other.dev', subject: 'Question' });
    expect(data[1]!.email).not.toHaveProperty('text');
    expect(data[3]).toMatchObject({ source: 'api', thread_id: thread, email_id: reply.id });
    expect(data[5]).toMatchObject({ thread_id: sent.thread_id, thread: { folder: 'sent', subject: 'New' } });
    expect(data[6]).toMatchObject({
      thread_id: sent.thread_id,
      email: { direction: 'outbound', to: ['carol@other.dev'] },
    });
  });

  it('sends inbox.thread.folder.updated and inbox.thread.labels.updated when a thread is moved, deleted or labelled', async () => {
    const { fake, received, register, call } = setup();
    const inbox = (await call('POST', '/inboxes', { email_address: 'support@acme.dev' })).body.id as string;
    fake.receiveEmail({ from: 'ada@other.dev', to: 'support@acme.dev', subject: 'Question', text: 'q' });
    const { signing_secret } = await register(INBOX_EVENTS);
    const thread = (await call('GET', `/inboxes/${inbox}/threads`)).body.data[0].id as string;
    const label = (await call('POST', `/inboxes/${inbox}/labels`, { name: 'Billing' })).body.id as string;
    await call('PATCH', `/inboxes/${inbox}/threads/${thread}`, { folder: 'archive', label_id: label });
    await call('DELETE', `/inboxes/${inbox}/threads/${thread}/labels/${label}`);
    await call('DELETE', `/inboxes/${inbox}/threads/${thread}`);
    await fake.settleWebhooks();

    const events = await verified(received, signing_secret);
    expect(events.map((e) => [e.type, (e.data as unknown as { thread: { folder: string } }).thread.folder])).toEqual([
      ['inbox.thread.folder.updated', 'archive'],
      ['inbox.thread.labels.updated', 'archive'],
      ['inbox.thread.labels.updated', 'archive'],
      ['inbox.thread.folder.updated', 'trash'],
    ]);
    expect(events[1]!.data).toMatchObject({ thread_id: thread, thread: { labels: [{ id: label, name: 'Billing' }] } });
    for (const event of events) expect(eventProblems(event), event.type).toEqual([]);
  });
});
