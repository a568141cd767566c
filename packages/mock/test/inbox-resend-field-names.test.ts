/**
 * Inbox fields named as Resend's docs name them: a thread summary's `message_count`, and the agent's
 * `enabled_actions` on `GET` and `PATCH /inboxes/{id}/agent`.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

async function setup() {
  const fake = createFakeResend({ rateLimit: false, validateResponses: true, domains: ['acme.dev'] });
  const inbox = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body
    .id as string;
  fake.receiveEmail({ from: 'ada@example.org', to: 'support@acme.dev', subject: 'Invoice', text: 'Hi' });
  fake.receiveEmail({ from: 'ada@example.org', to: 'support@acme.dev', subject: 'Re: Invoice', text: 'Again' });
  return { fake, inbox };
}

describe('inbox field names', () => {
  it('counts a thread summary’s emails as `message_count`, in the list and in a search', async () => {
    const { fake, inbox } = await setup();
    for (const path of [`/inboxes/${inbox}/threads`, `/inboxes/${inbox}/threads/search?query=invoice`]) {
      const [thread] = (await call(fake, 'GET', path)).body.data;
      expect(thread).toMatchObject({ message_count: 2 });
      expect(thread).not.toHaveProperty('email_count');
    }
  });

  it('stores the agent’s `enabled_actions` from PATCH and shows them on GET', async () => {
    const { fake, inbox } = await setup();
    const agent = `/inboxes/${inbox}/agent`;
    expect((await call(fake, 'GET', agent)).body).toEqual({
      object: 'inbox_agent',
      instructions: null,
      tone: null,
      enabled_actions: [],
    });
    const update = await call(fake, 'PATCH', agent, { body: { enabled_actions: ['draft_reply', 'add_labels'] } });
    expect(update.body).toEqual({ object: 'inbox_agent', id: inbox });
    expect((await call(fake, 'GET', agent)).body).toEqual({
      object: 'inbox_agent',
      instructions: null,
      tone: null,
      enabled_actions: ['draft_reply', 'add_labels'],
    });
    const unknown = await call(fake, 'PATCH', agent, { body: { enabled_actions: ['fly_away'] } });
    expect([unknown.status, unknown.body.name]).toEqual([422, 'validation_error']);
  });
});
