/**
 * Inbox replies and forwards are sends: they count against `quota` as `POST /emails` does, and one
 * to a Resend test address gets its `last_event` and webhook events.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { clockedFake } from './clocked-fake.js';
import { call } from './helpers.js';
import type { FakeResend } from '../src/index.js';

/** An inbox with one received email from `from`; `send` replies to it or forwards it. */
async function inboxWithEmail(fake: FakeResend, from: string) {
  const inbox = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body.id;
  fake.receiveEmail({ from, to: 'support@acme.dev', subject: 'Question', text: 'q' });
  const base = `/inboxes/${inbox}/threads`;
  const thread = (await call(fake, 'GET', base)).body.data[0].id;
  const email = (await call(fake, 'GET', `${base}/${thread}/emails`)).body.data[0].id;
  return (kind: 'reply' | 'forward', body: Record<string, unknown>) =>
    call(fake, 'POST', `${base}/${thread}/emails/${email}/${kind}`, { body });
}

describe('inbox replies and forwards as sends', () => {
  it('count each recipient against the daily quota and are refused past it, as POST /emails is', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'], quota: { daily: 4 } });
    const send = await inboxWithEmail(fake, 'ada@other.dev');
    const reply = await send('reply', { text: 'a', cc: 'bob@other.dev' });
    expect([reply.status, reply.headers.get('x-resend-daily-quota')]).toEqual([200, '3']);
    const forward = await send('forward', { to: 'carol@other.dev', text: 'b' });
    expect([forward.status, forward.headers.get('x-resend-daily-quota')]).toEqual([200, '4']);
    const over = await send('reply', { text: 'c' });
    expect([over.status, over.body.name, over.headers.get('x-resend-daily-quota')]).toEqual([
      429,
      'daily_quota_exceeded',
      '4',
    ]);
    expect(fake.state.emails.size).toBe(2);
    const email = await call(fake, 'POST', '/emails', {
      body: { from: 'a@acme.dev', to: 'delivered@resend.dev', subject: 's', text: 't' },
    });
    expect(email.status).toBe(429);
  });

  it('get the last_event and webhook events a test address asks for', async () => {
    const { fake, types } = await clockedFake(['email.sent', 'email.delivered', 'email.bounced', 'email.complained']);
    const send = await inboxWithEmail(fake, 'bounced@resend.dev');
    const reply = await send('reply', { text: 'answer' });
    const forward = await send('forward', { to: 'complained@resend.dev', text: 'fyi' });
    expect((await call(fake, 'GET', `/emails/${reply.body.email_id}`)).body.last_event).toBe('bounced');
    expect((await call(fake, 'GET', `/emails/${forward.body.email_id}`)).body.last_event).toBe('complained');
    expect(await types()).toEqual(['email.sent', 'email.bounced', 'email.sent', 'email.delivered', 'email.complained']);
  });
});
