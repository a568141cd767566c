import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const fake = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false });
const FORMAT = 'The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.';

describe('cc, bcc and reply_to addresses', () => {
  it.each([
    ['cc', 'not an address'],
    ['bcc', ['delivered@resend.dev', 'Ada ada@acme.dev']],
    ['reply_to', 'support@'],
  ])('refuses a malformed `%s` as Resend does, storing nothing', async (field, value) => {
    const f = fake();
    const { status, body } = await call(f, 'POST', '/emails', { body: email({ [field]: value }) });
    expect(status).toBe(422);
    expect(body).toEqual({
      statusCode: 422,
      name: 'validation_error',
      message: `Invalid \`${field}\` field. ${FORMAT}`,
    });
    expect(f.state.emails.size).toBe(0);
  });

  it('refuses a batch whose email has a malformed cc', async () => {
    const f = fake();
    const { status, body } = await call(f, 'POST', '/emails/batch', { body: [email(), email({ cc: 'nope' })] });
    expect(status).toBe(422);
    expect(body.message).toBe(`Invalid \`cc\` field. ${FORMAT}`);
    expect(f.state.emails.size).toBe(0);
  });

  it('still takes display names and lists of valid addresses', async () => {
    const { status } = await call(fake(), 'POST', '/emails', {
      body: email({
        cc: ['Ada <delivered+a@resend.dev>'],
        bcc: 'delivered+b@resend.dev',
        reply_to: ['Help <help@acme.dev>'],
      }),
    });
    expect(status).toBe(200);
  });

  it('refuses a malformed address in an inbox forward', async () => {
    const f = fake();
    const inbox = await call(f, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } });
    expect(inbox.status).toBeLessThan(300);
    f.receiveEmail({ from: 'Ada <ada@acme.dev>', to: 'support@acme.dev', subject: 'Hi', text: 'Hello' });
    const threads = await call(f, 'GET', `/inboxes/${inbox.body.id}/threads`);
    const thread = threads.body.data[0].id;
    const messages = await call(f, 'GET', `/inboxes/${inbox.body.id}/threads/${thread}/emails`);
    const base = `/inboxes/${inbox.body.id}/threads/${thread}/emails/${messages.body.data[0].id}`;
    const sentBefore = f.state.emails.size;
    const forward = await call(f, 'POST', `${base}/forward`, { body: { to: 'Bob bob-at-acme.dev', text: 'FYI' } });
    expect(forward.status).toBe(422);
    expect(forward.body.message).toBe(`Invalid \`to\` field. ${FORMAT}`);
    const reply = await call(f, 'POST', `${base}/reply`, { body: { text: 'Thanks', cc: 'nope' } });
    expect(reply.status).toBe(422);
    expect(reply.body.message).toBe(`Invalid \`cc\` field. ${FORMAT}`);
    expect(f.state.emails.size).toBe(sentBefore);
  });
});
