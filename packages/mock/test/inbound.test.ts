import { Resend } from 'resend';
import { verifyWebhook } from '@resendkit/webhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeResend, isFakeOptionsError } from '../src/index.js';
import { listen } from '../src/server.js';
import { HEADERS, call } from './helpers.js';

const PDF = Buffer.from('%PDF-1.4 invoice 42').toString('base64');
const inbound = {
  from: 'Ada <ada@example.org>',
  to: 'support@acme.dev',
  subject: 'Invoice 42',
  text: 'Could you resend it?',
  html: '<p>Could you <b>resend</b> it?</p>',
  attachments: [{ filename: 'invoice.pdf', content: PDF }],
  headers: { 'X-Ticket': 'T-1' },
};

afterEach(() => vi.unstubAllGlobals());

describe('fake.receiveEmail', () => {
  it('stores the email and the received-email endpoints read it back, raw MIME and attachment bytes included', async () => {
    const fake = createFakeResend({ rateLimit: false, validateResponses: true });
    const received = fake.receiveEmail(inbound);
    expect(received.message_id).toMatch(/^<[0-9a-f-]+@example\.org>$/);

    const list = await call(fake, 'GET', '/emails/receiving');
    expect(list.body.data).toEqual([
      expect.objectContaining({
        id: received.id,
        from: inbound.from,
        to: ['support@acme.dev'],
        subject: 'Invoice 42',
        message_id: received.message_id,
      }),
    ]);
    const got = await call(fake, 'GET', `/emails/receiving/${received.id}`);
    expect(got.body).toMatchObject({
      object: 'email',
      text: inbound.text,
      html: inbound.html,
      headers: { 'x-ticket': 'T-1', subject: 'Invoice 42' },
    });

    const raw = await fake.fetch(new Request(got.body.raw.download_url));
    expect(raw.headers.get('content-type')).toBe('message/rfc822');
    const eml = await raw.text();
    expect(eml).toContain('Subject: Invoice 42');
    expect(eml).toContain(`Message-ID: ${received.message_id}`);
    expect(eml).toContain('filename="invoice.pdf"');

    const attachments = await call(fake, 'GET', `/emails/receiving/${received.id}/attachments`);
    const [meta] = attachments.body.data;
    expect(meta).toMatchObject({
      filename: 'invoice.pdf',
      content_type: 'application/pdf',
      content_disposition: 'attachment',
      size: 19,
    });
    const one = await call(fake, 'GET', `/emails/receiving/${received.id}/attachments/${meta.id}`);
    expect(one.body).toMatchObject({ object: 'attachment', id: meta.id });
    const file = await fake.fetch(new Request(one.body.download_url));
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('%PDF-1.4 invoice 42');
  });

  it('answers 404 for unknown received emails, attachments and files', async () => {
    const fake = createFakeResend({ rateLimit: false });
    const id = '3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10';
    expect((await call(fake, 'GET', `/emails/receiving/${id}`)).status).toBe(404);
    expect((await call(fake, 'GET', `/emails/receiving/${id}/attachments`)).status).toBe(404);
    const { id: real } = fake.receiveEmail({ from: 'a@example.org', to: 'b@acme.dev', subject: 's' });
    expect((await call(fake, 'GET', `/emails/receiving/${real}/attachments/${id}`)).status).toBe(404);
    expect((await fake.fetch(new Request(`https://api.resend.com/_files/received/${id}/raw`))).status).toBe(404);
  });

  it('emits a signed email.received with the message_id and attachment metadata, no bodies', async () => {
    const deliveries: Request[] = [];
    const fake = createFakeResend({
      rateLimit: false,
      webhooks: { fetch: (r) => (deliveries.push(r), new Response('ok')) },
    });
    const hook = (
      await call(fake, 'POST', '/webhooks', {
        body: { endpoint: 'https://hooks.acme.dev/in', events: ['email.received'] },
      })
    ).body;
    const received = fake.receiveEmail(inbound);
    await fake.settleWebhooks();
    expect(deliveries).toHaveLength(1);
    const event = await verifyWebhook({
      payload: await deliveries[0]!.text(),
      headers: deliveries[0]!.headers,
      secret: hook.signing_secret,
    });
    expect(event.type).toBe('email.received');
    expect(event.data).toMatchObject({
      email_id: received.id,
      message_id: received.message_id,
      subject: 'Invoice 42',
      attachments: [{ filename: 'invoice.pdf' }],
    });
    expect(event.data).not.toHaveProperty('html');
  });

  it('refuses a missing or malformed field, naming it', () => {
    const fake = createFakeResend();
    const cases: [unknown, string][] = [
      [{ to: 'a@acme.dev', subject: 's' }, 'from'],
      [{ from: 'a@example.org', to: [], subject: 's' }, 'to'],
      [{ from: 'a@example.org', to: 'b@acme.dev', subject: 1 }, 'subject'],
      [{ from: 'a@example.org', to: 'b@acme.dev', subject: 's', attachments: [{ filename: 'x' }] }, 'attachments'],
      [
        { from: 'a@example.org', to: 'b@acme.dev', subject: 's', attachments: [{ filename: 'x', content: '%%%' }] },
        'attachments',
      ],
      [{ from: 'a@example.org', to: 'b@acme.dev', subject: 's', headers: { a: 1 } }, 'headers'],
    ];
    for (const [input, option] of cases) {
      let thrown: unknown;
      try {
        fake.receiveEmail(input as never);
      } catch (error) {
        thrown = error;
      }
      expect(isFakeOptionsError(thrown) && thrown.option, option).toBe(option);
    }
    expect(fake.state.receivedEmails.size).toBe(0);
  });
});

describe('the official SDK against received emails', () => {
  it('forwards a received email end to end: the raw message is fetched from the fake and its attachment re-sent', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const server = await listen(fake);
    try {
      const received = fake.receiveEmail(inbound);
      const resend = new Resend('re_inbound_123', { baseUrl: server.url } as never);
      const passthrough = await resend.emails.receiving.forward({
        emailId: received.id,
        to: 'delivered@resend.dev',
        from: 'Support <support@acme.dev>',
      });
      expect(passthrough.error).toBeNull();
      const sent = fake.state.emails.get(passthrough.data!.id)!;
      expect(sent).toMatchObject({ subject: 'Invoice 42', html: inbound.html, to: ['delivered@resend.dev'] });
      expect(sent.attachments.map((a) => [a.filename, a.content_type, a.size])).toEqual([
        ['invoice.pdf', 'application/pdf', 19],
      ]);

      const wrapped = await resend.emails.receiving.forward({
        emailId: received.id,
        to: 'delivered@resend.dev',
        from: 'support@acme.dev',
        passthrough: false,
        text: 'See below',
      });
      const wrappedEmail = fake.state.emails.get(wrapped.data!.id)!;
      expect(wrappedEmail.subject).toBe('Fwd: Invoice 42');
      expect(wrappedEmail.attachments[0]).toMatchObject({
        filename: 'forwarded_message.eml',
        content_type: 'message/rfc822',
      });
    } finally {
      await server.close();
    }
  });
});

describe('POST /_inbox/api/inbound', () => {
  it('receives the JSON body as an inbound email, and names a bad field with 400', async () => {
    const fake = createFakeResend({ rateLimit: false });
    const server = await listen(fake);
    try {
      const post = (body: string, type = 'application/json') =>
        fetch(`${server.url}/_inbox/api/inbound`, {
          method: 'POST',
          headers: { ...HEADERS, 'content-type': type },
          body,
        });
      const created = await post(
        JSON.stringify({ from: 'ada@example.org', to: ['support@acme.dev'], subject: 'Hi', text: 'Hello' }),
      );
      expect(created.status).toBe(201);
      const { id, message_id } = (await created.json()) as { id: string; message_id: string };
      expect(fake.state.receivedEmails.get(id)).toMatchObject({ subject: 'Hi', message_id });
      const bad = await post(JSON.stringify({ from: 'ada@example.org', subject: 'Hi' }));
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ field: 'to' });
      expect((await post('{not json')).status).toBe(400);
      expect((await post('{}', 'text/plain')).status).toBe(415);
      expect((await fetch(`${server.url}/_inbox/api/inbound`)).status).toBe(405);
      const page = await (await fetch(`${server.url}/_inbox/`)).text();
      expect(page).toContain('<script src="inbound.js" defer></script>');
      expect(await (await fetch(`${server.url}/_inbox/inbound.js`)).text()).toContain("fetch('api/inbound'");
    } finally {
      await server.close();
    }
  });
});

describe('attachments of a sent email', () => {
  it('lists what was sent, serves the bytes from the request origin and answers 404 for unknown ids', async () => {
    const fake = createFakeResend({ rateLimit: false, validateResponses: true, domains: ['acme.dev'] });
    const content = Buffer.from('hello, world').toString('base64');
    const sent = await call(fake, 'POST', '/emails', {
      body: {
        from: 'hi@acme.dev',
        to: 'delivered@resend.dev',
        subject: 'Files',
        text: 'x',
        attachments: [
          { filename: 'a.txt', content },
          { filename: 'logo.png', content, content_id: 'logo' },
        ],
      },
    });
    const list = await call(fake, 'GET', `/emails/${sent.body.id}/attachments`);
    expect(
      list.body.data.map((a: Record<string, unknown>) => [a.filename, a.content_type, a.content_disposition, a.size]),
    ).toEqual([
      ['a.txt', 'text/plain', 'attachment', 12],
      ['logo.png', 'image/png', 'inline', 12],
    ]);
    const first = list.body.data[0];
    expect(first.download_url).toMatch(/^https:\/\/api\.resend\.com\/_files\/sent\//);
    expect(await (await fake.fetch(new Request(first.download_url))).text()).toBe('hello, world');
    const none = await call(fake, 'POST', '/emails', {
      body: { from: 'hi@acme.dev', to: 'delivered@resend.dev', subject: 'None', text: 'x' },
    });
    expect((await call(fake, 'GET', `/emails/${none.body.id}/attachments`)).body.data).toEqual([]);
    expect((await call(fake, 'GET', `/emails/${none.body.id}/attachments/${first.id}`)).status).toBe(404);
    expect((await call(fake, 'GET', '/emails/3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10/attachments')).status).toBe(404);
  });
});
