/**
 * The content of an email received over quota, wherever the fake could show it. Resend stores and
 * lists such an email but answers 403 `email_above_quota` for its content; the fake refused it on
 * `GET /emails/receiving/{id}` and its files, yet inbox threads, their search and the inbox's
 * request log still showed its html and text.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend, type ReceiveEmailInput } from '../src/index.js';
import { listen } from '../src/server.js';
import { call } from './helpers.js';

const ABOVE_QUOTA = {
  statusCode: 403,
  name: 'email_above_quota',
  message: "Received email content can't be fetched: it arrived while over quota.",
};

/** Words that occur only in the over-quota email's body, so any leak of it shows. */
const SECRET = 'zebra-passphrase-7731';

const inbound = (overrides: Partial<ReceiveEmailInput> = {}): ReceiveEmailInput => ({
  from: 'Ada <ada@example.org>',
  to: 'support@acme.dev',
  subject: 'Invoice question',
  text: 'Where is my invoice?',
  ...overrides,
});

/**
 * A fake with room for one received email and an inbox at its address: the first email is within
 * quota, the second (a reply in the same thread, with an attachment) arrives over it.
 */
async function inboxWithOverQuotaEmail() {
  const fake = createFakeResend({
    domains: ['acme.dev'],
    rateLimit: false,
    validateResponses: true,
    quota: { daily: 1 },
  });
  const inbox = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body
    .id as string;
  const within = fake.receiveEmail(inbound());
  const over = fake.receiveEmail(
    inbound({
      subject: 'Re: Invoice question',
      text: `The code is ${SECRET}`,
      html: `<p>The code is ${SECRET}</p>`,
      headers: { 'In-Reply-To': within.message_id },
      attachments: [{ filename: 'code.txt', content: Buffer.from(SECRET).toString('base64') }],
    }),
  );
  expect([within.over_quota, over.over_quota]).toEqual([false, true]);
  const thread = fake.state.inboxThreads.all()[0]!.id;
  const base = `/inboxes/${inbox}/threads`;
  const messages = (await call(fake, 'GET', `${base}/${thread}/emails`)).body.data as Record<string, unknown>[];
  const overMessage = messages.find((m) => m.subject === 'Re: Invoice question')!;
  return { fake, base, thread, within, over, messages, overMessageId: overMessage.id as string };
}

describe('an email received over quota, in an inbox thread', () => {
  it('is listed among the thread emails with its metadata but html and text null', async () => {
    const { messages, over } = await inboxWithOverQuotaEmail();
    expect(messages).toEqual([
      expect.objectContaining({ direction: 'inbound', text: 'Where is my invoice?' }),
      expect.objectContaining({
        direction: 'inbound',
        from: over.from,
        to: over.to,
        subject: 'Re: Invoice question',
        message_id: over.message_id,
        received_at: over.created_at,
        html: null,
        text: null,
        attachments: [expect.objectContaining({ filename: 'code.txt', size: SECRET.length })],
      }),
    ]);
    expect(JSON.stringify(messages)).not.toContain(SECRET);
  });

  it('answers 403 email_above_quota when read alone, while the email within quota is read', async () => {
    const { fake, base, thread, messages, overMessageId } = await inboxWithOverQuotaEmail();
    const got = await call(fake, 'GET', `${base}/${thread}/emails/${overMessageId}`);
    expect([got.status, got.body]).toEqual([403, ABOVE_QUOTA]);
    const readable = await call(fake, 'GET', `${base}/${thread}/emails/${messages[0]!.id as string}`);
    expect([readable.status, readable.body.text]).toEqual([200, 'Where is my invoice?']);
  });

  it('refuses a forward with 403 email_above_quota and sends nothing, but takes a reply', async () => {
    const { fake, base, thread, overMessageId } = await inboxWithOverQuotaEmail();
    fake.updateSettings({ quota: null });
    const forward = await call(fake, 'POST', `${base}/${thread}/emails/${overMessageId}/forward`, {
      body: { to: 'delivered@resend.dev', text: 'FYI' },
    });
    expect([forward.status, forward.body]).toEqual([403, ABOVE_QUOTA]);
    expect(fake.state.emails.size).toBe(0);
    const reply = await call(fake, 'POST', `${base}/${thread}/emails/${overMessageId}/reply`, {
      body: { text: 'Please send it again.' },
    });
    expect([reply.status, reply.body.text]).toEqual([200, 'Please send it again.']);
  });

  it('is not found by words of its body in a thread search, and gets no body highlight', async () => {
    const { fake, base, overMessageId } = await inboxWithOverQuotaEmail();
    expect((await call(fake, 'GET', `${base}/search?query=${SECRET}`)).body.data).toEqual([]);
    const bySubject = await call(fake, 'GET', `${base}/search?query=invoice`);
    expect(bySubject.body.data).toEqual([
      expect.objectContaining({
        matched_email_id: overMessageId,
        highlights: { subject: 'Re: <mark>Invoice</mark> question' },
      }),
    ]);
  });

  it('leaves its thread listed with the thread metadata', async () => {
    const { fake, base, thread } = await inboxWithOverQuotaEmail();
    const list = await call(fake, 'GET', base);
    expect(list.body.data).toEqual([
      expect.objectContaining({ id: thread, subject: 'Invoice question', message_count: 2, has_attachment: true }),
    ]);
  });
});

describe('an email received over quota, in the inbox page API', () => {
  it('keeps its content out of the request log the inbox page shows', async () => {
    const { fake, base, thread } = await inboxWithOverQuotaEmail();
    const server = await listen(fake);
    try {
      const log = (await (await fetch(`${server.inboxUrl}api/requests`)).json()) as {
        items: { id: number; path: string }[];
      };
      const entry = log.items.find((r) => r.path === `${base}/${thread}/emails`)!;
      const detail = (await (await fetch(`${server.inboxUrl}api/requests/${entry.id}`)).json()) as {
        responseBody: string;
      };
      expect(detail.responseBody).toContain('Where is my invoice?');
      expect(detail.responseBody).not.toContain(SECRET);
    } finally {
      await server.close();
    }
  });
});
