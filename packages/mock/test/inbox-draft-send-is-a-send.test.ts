/**
 * Sending an inbox draft is a send, as a reply or forward from the inbox is: a sent email is
 * stored, it counts against the quota, a test address gets its outcome and `email.*` events, and
 * the email joins a thread of the inbox.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import type { FakeResend } from '../src/index.js';
import { clockedFake } from './clocked-fake.js';
import { call } from './helpers.js';

async function inbox(fake: FakeResend): Promise<string> {
  return (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body.id;
}

async function draft(fake: FakeResend, id: string, body: Record<string, unknown>): Promise<string> {
  return (await call(fake, 'POST', `/inboxes/${id}/drafts`, { body })).body.id;
}

const send = (fake: FakeResend, inboxId: string, draftId: string, key?: string) =>
  call(fake, 'POST', `/inboxes/${inboxId}/drafts/${draftId}/send`, { headers: { 'idempotency-key': key } });

describe('POST /inboxes/{id}/drafts/{id}/send', () => {
  it('stores the sent email, counts each recipient against the quota and is refused past it', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'], quota: { daily: 3 } });
    const id = await inbox(fake);
    const first = await draft(fake, id, { to: ['ada@other.dev'], cc: 'bob@other.dev', subject: 'Hi', text: 'Hello' });
    const sent = await send(fake, id, first);
    expect([sent.status, sent.headers.get('x-resend-daily-quota')]).toEqual([200, '2']);
    expect(Object.keys(sent.body).sort()).toEqual(['email_id', 'id', 'object', 'thread_id']);
    const email = (await call(fake, 'GET', `/emails/${sent.body.email_id}`)).body;
    expect(email).toMatchObject({ from: 'support@acme.dev', to: ['ada@other.dev'], subject: 'Hi', text: 'Hello' });
    expect((await send(fake, id, first)).status).toBe(409);

    const second = await draft(fake, id, { to: ['c@other.dev', 'd@other.dev'], subject: 'Two', text: 'x' });
    const over = await send(fake, id, second);
    expect([over.status, over.body.name]).toEqual([429, 'daily_quota_exceeded']);
    expect(fake.state.emails.size).toBe(1);
    expect(fake.state.inboxDrafts.get(second)?.email_id).toBeNull();
  });

  it('replays a send with the same Idempotency-Key without sending again', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const id = await inbox(fake);
    const one = await draft(fake, id, { to: 'ada@other.dev', subject: 'Hi', text: 'Hello' });
    const first = await send(fake, id, one, 'k-1');
    const again = await send(fake, id, one, 'k-1');
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    expect(fake.state.emails.size).toBe(1);
  });

  it('gives a draft to a test address its last_event and email.* events', async () => {
    const { fake, types } = await clockedFake(['email.sent', 'email.bounced', 'inbox.draft.sent']);
    const id = await inbox(fake);
    const one = await draft(fake, id, { to: 'bounced@resend.dev', subject: 'Hi', text: 'Hello' });
    const sent = await send(fake, id, one);
    expect((await call(fake, 'GET', `/emails/${sent.body.email_id}`)).body.last_event).toBe('bounced');
    expect(await types()).toEqual(['email.sent', 'email.bounced', 'inbox.draft.sent']);
  });

  it('files the sent email as an outbound email: a new thread in `sent`, or the thread a reply draft answers', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const id = await inbox(fake);
    const sent = (await send(fake, id, await draft(fake, id, { to: 'ada@other.dev', subject: 'New', text: 'a' }))).body;
    const sentThreads = (await call(fake, 'GET', `/inboxes/${id}/threads?folders=sent`)).body.data;
    expect(sentThreads.map((t: { id: string }) => t.id)).toEqual([sent.thread_id]);
    const own = (await call(fake, 'GET', `/inboxes/${id}/threads/${sent.thread_id}/emails`)).body.data;
    expect(own.map((m: { direction: string; subject: string }) => [m.direction, m.subject])).toEqual([
      ['outbound', 'New'],
    ]);

    fake.receiveEmail({ from: 'bob@other.dev', to: 'support@acme.dev', subject: 'Question', text: 'q' });
    const thread = (await call(fake, 'GET', `/inboxes/${id}/threads`)).body.data[0].id;
    const base = `/inboxes/${id}/threads/${thread}/emails`;
    const original = (await call(fake, 'GET', base)).body.data[0];
    const reply = await draft(fake, id, {
      thread_id: thread,
      reply_to_email_id: original.id,
      to: 'bob@other.dev',
      text: 'b',
    });
    const answered = (await send(fake, id, reply)).body;
    expect(answered.thread_id).toBe(thread);
    expect((await call(fake, 'GET', base)).body.data.map((m: { direction: string }) => m.direction)).toEqual([
      'inbound',
      'outbound',
    ]);
    expect((await call(fake, 'GET', `/inboxes/${id}/threads`)).body.data[0].has_draft).toBe(false);
    expect(fake.state.emails.get(answered.email_id)?.headers).toEqual({ 'In-Reply-To': original.message_id });
  });
});
