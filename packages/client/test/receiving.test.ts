import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { HttpResponse, http } from 'msw';
import { createElement } from 'react';
import { ResendConfigError } from '../src/config-error.js';
import { replySubject, replyTo } from '../src/reply.js';
import { unwrap } from '../src/failure.js';
import { BASE_URL, json, testClient, useServer } from './helpers.js';

const server = useServer();

const CDN = 'https://inbound-cdn.resend.test';
const MIME =
  'From: Ada <ada@lovelace.dev>\r\nTo: support@acme.dev\r\nSubject: Help\r\nMessage-ID: <m1@lovelace.dev>\r\n\r\nMy engine is stuck.\r\n';

const received = {
  object: 'email',
  id: 'r1',
  to: ['support@acme.dev'],
  from: 'Ada <ada@lovelace.dev>',
  created_at: '2026-12-01T10:00:00Z',
  subject: 'Help',
  html: '<p>My engine is stuck.</p>',
  text: 'My engine is stuck.',
  headers: { references: '<m0@lovelace.dev>' },
  bcc: [],
  cc: [],
  reply_to: [],
  message_id: '<m1@lovelace.dev>',
  attachments: [
    {
      id: 'a1',
      filename: 'engine.png',
      content_type: 'image/png',
      content_disposition: 'inline',
      content_id: '<img1>',
      size: 3,
    },
  ],
  raw: { download_url: `${CDN}/r1.eml?signature=sig`, expires_at: '2026-12-01T11:00:00Z' },
};

interface Seen {
  sent: Record<string, unknown>[];
  downloads: { url: string; authorization: string | null }[];
}

function inbound(email: object = received): Seen {
  const seen: Seen = { sent: [], downloads: [] };
  server.use(
    http.get(`${BASE_URL}/emails/receiving/:id`, ({ params }) =>
      params.id === (email as { id: string }).id
        ? json(email)
        : json({ statusCode: 404, name: 'not_found', message: 'Email not found' }, { status: 404 }),
    ),
    http.get(`${BASE_URL}/emails/receiving/:id/attachments/:aid`, ({ params }) =>
      json({
        object: 'attachment',
        id: params.aid,
        filename: 'engine.png',
        content_type: 'image/png',
        download_url: `${CDN}/a1.png?signature=sig`,
        size: 3,
      }),
    ),
    http.get(`${CDN}/:file`, ({ request, params }) => {
      seen.downloads.push({ url: request.url, authorization: request.headers.get('authorization') });
      if (params.file === 'r1.eml') return new HttpResponse(MIME, { headers: { 'content-type': 'message/rfc822' } });
      return new HttpResponse(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } });
    }),
    http.post(`${BASE_URL}/emails`, async ({ request }) => {
      seen.sent.push((await request.json()) as Record<string, unknown>);
      return json({ id: 'sent_1' });
    }),
  );
  return seen;
}

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

describe('emails.receiving.raw', () => {
  it('downloads the MIME source from the signed URL, without the API key', async () => {
    const seen = inbound();
    const { data, error } = await testClient().emails.receiving.raw('r1');
    expect(error).toBeUndefined();
    expect(new TextDecoder().decode(data)).toBe(MIME);
    expect(seen.downloads).toEqual([{ url: `${CDN}/r1.eml?signature=sig`, authorization: null }]);
  });

  it('resolves download_failed when there is no raw content, or the download is refused', async () => {
    inbound({ ...received, raw: null });
    const none = await testClient().emails.receiving.raw('r1');
    expect(none.error).toMatchObject({ name: 'download_failed', statusCode: null });
    inbound();
    server.use(http.get(`${CDN}/:file`, () => new HttpResponse('expired', { status: 403 })));
    const refused = await testClient().emails.receiving.raw('r1');
    expect(refused.error).toMatchObject({ name: 'download_failed', statusCode: 403 });
    expect(refused.error?.message).toMatch(/expired/);
  });

  it('refuses a plain http download URL off loopback', async () => {
    inbound({ ...received, raw: { download_url: 'http://cdn.evil.test/r1.eml', expires_at: 'x' } });
    const { error } = await testClient().emails.receiving.raw('r1');
    expect(error).toMatchObject({ name: 'download_failed' });
    expect(error?.message).toMatch(/not https/);
  });

  it('refuses a download URL that does not parse, naming no request path rather than an empty one', async () => {
    inbound({ ...received, raw: { download_url: 'https://[not a host/r1.eml', expires_at: 'x' } });
    const result = await testClient().emails.receiving.raw('r1');
    expect(result.error).toMatchObject({ name: 'download_failed' });
    expect(result.error?.message).toMatch(/does not parse; nothing was downloaded/);
    expect((result as { request?: unknown }).request).toEqual({ method: 'GET', path: null });
    // unwrap() carries the same request on the thrown error.
    expect(() => unwrap(result)).toThrow(expect.objectContaining({ method: 'GET', path: null }));
  });

  it('passes the API error through when the email is not found', async () => {
    inbound();
    const { error } = await testClient().emails.receiving.raw('missing');
    expect(error).toMatchObject({ name: 'not_found', statusCode: 404 });
  });

  it('leaves no listener on a signal shared by many downloads once they finished', async () => {
    inbound();
    const controller = new AbortController();
    const resend = testClient();
    for (let i = 0; i < 5; i++)
      expect((await resend.emails.receiving.raw('r1', { signal: controller.signal })).data).toBeDefined();
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('emails.receiving.forward', () => {
  it('passes the email through: subject, html, text and attachments (inline ones keep their content ID)', async () => {
    const seen = inbound();
    const { data, error } = await testClient().emails.receiving.forward({
      emailId: 'r1',
      to: 'team@acme.dev',
      from: 'support@acme.dev',
    });
    expect(error).toBeUndefined();
    expect(data).toEqual({ id: 'sent_1' });
    expect(seen.sent).toEqual([
      {
        from: 'support@acme.dev',
        to: 'team@acme.dev',
        subject: 'Help',
        html: '<p>My engine is stuck.</p>',
        text: 'My engine is stuck.',
        attachments: [
          {
            filename: 'engine.png',
            content: base64(new Uint8Array([1, 2, 3])),
            content_type: 'image/png',
            content_id: 'img1',
          },
        ],
      },
    ]);
    expect(seen.downloads.every((d) => d.authorization === null)).toBe(true);
  });

  it('wraps the original as forwarded_message.eml under a Fwd: subject when passthrough is false', async () => {
    const seen = inbound();
    await testClient().emails.receiving.forward({
      emailId: 'r1',
      to: ['team@acme.dev'],
      from: 'support@acme.dev',
      passthrough: false,
      text: 'FYI',
    });
    expect(seen.sent).toEqual([
      {
        from: 'support@acme.dev',
        to: ['team@acme.dev'],
        subject: 'Fwd: Help',
        text: 'FYI',
        attachments: [{ filename: 'forwarded_message.eml', content: base64(MIME), content_type: 'message/rfc822' }],
      },
    ]);
  });

  it('forwards header-bound text of the received email on one line: a folded subject unfolded, any other break a space', async () => {
    const attachment = received.attachments[0]!;
    const odd = {
      ...received,
      subject: 'Help\r\n with my engine\r\nBcc: mallory@evil.dev',
      attachments: [
        { ...attachment, filename: 'engine\r\nX-Extra: 1.png', content_id: '<img\n1>', content_type: 'image/png\r\n' },
      ],
    };
    const seen = inbound(odd);
    await testClient().emails.receiving.forward({ emailId: 'r1', to: 'team@acme.dev', from: 'support@acme.dev' });
    await testClient().emails.receiving.forward({
      emailId: 'r1',
      to: 'team@acme.dev',
      from: 'support@acme.dev',
      passthrough: false,
    });
    const [passed, wrapped] = seen.sent as { subject: string; attachments: Record<string, string>[] }[];
    expect(passed!.subject).toBe('Help with my engine Bcc: mallory@evil.dev');
    expect(passed!.attachments[0]).toMatchObject({
      filename: 'engine X-Extra: 1.png',
      content_id: 'img 1',
      content_type: 'image/png',
    });
    expect(wrapped!.subject).toBe('Fwd: Help with my engine Bcc: mallory@evil.dev');
  });

  it('rejects options that are not an object, naming them, before any request', async () => {
    let requests = 0;
    server.use(http.all(`${BASE_URL}/*`, () => (requests++, HttpResponse.json({}))));
    await expect(testClient().emails.receiving.forward(null as never)).rejects.toMatchObject({
      code: 'invalid_option',
      message: 'forward options must be an object (got null).',
    });
    expect(requests).toBe(0);
  });

  it('sends the forward under the idempotency key given, so a repeated forward is not sent twice', async () => {
    inbound();
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${BASE_URL}/emails`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return json({ id: 'sent_1' });
      }),
    );
    const forward = { emailId: 'r1', to: 'team@acme.dev', from: 'support@acme.dev' } as const;
    await testClient().emails.receiving.forward(forward, { idempotencyKey: 'forward/r1' });
    await testClient().emails.receiving.forward({ ...forward, passthrough: false }, { idempotencyKey: 'forward/r1b' });
    expect(keys).toEqual(['forward/r1', 'forward/r1b']);
  });

  it('reads a download no further than maxResponseBytes, and then sends nothing', async () => {
    const seen = inbound();
    const chunk = new Uint8Array(1024);
    server.use(
      http.get(
        `${CDN}/:file`,
        () =>
          new HttpResponse(
            new ReadableStream({
              pull: (controller) => controller.enqueue(chunk), // never ends
            }),
          ),
      ),
    );
    const resend = testClient({ maxResponseBytes: 4096 });
    const raw = await resend.emails.receiving.raw('r1');
    expect(raw.error).toMatchObject({ name: 'download_failed' });
    expect(raw.error?.message).toMatch(/maxResponseBytes/);
    const forwarded = await resend.emails.receiving.forward({ emailId: 'r1', to: 'team@acme.dev', from: 'a@acme.dev' });
    expect(forwarded.error).toMatchObject({ name: 'download_failed' });
    expect(seen.sent).toEqual([]);
  });

  it('sends nothing when a download fails', async () => {
    const seen = inbound();
    server.use(http.get(`${CDN}/:file`, () => HttpResponse.error()));
    const { error } = await testClient().emails.receiving.forward({
      emailId: 'r1',
      to: 'team@acme.dev',
      from: 'support@acme.dev',
    });
    expect(error).toMatchObject({ name: 'download_failed', statusCode: null });
    expect(seen.sent).toEqual([]);
  });
});

describe('replyTo', () => {
  it('threads the reply: In-Reply-To is the Message-ID, References the earlier chain plus it', () => {
    const reply = replyTo(received, { from: 'support@acme.dev', text: 'On it.' });
    expect(reply).toEqual({
      from: 'support@acme.dev',
      to: 'Ada <ada@lovelace.dev>',
      subject: 'Re: Help',
      text: 'On it.',
      headers: { 'In-Reply-To': '<m1@lovelace.dev>', References: '<m0@lovelace.dev> <m1@lovelace.dev>' },
    });
  });

  it('answers the Reply-To when there is one, and keeps given headers', () => {
    const reply = replyTo(
      { ...received, reply_to: ['help@lovelace.dev'], message_id: 'bare@id' },
      { from: 'a@acme.dev', html: '<p>x</p>', headers: { 'X-Ticket': '7' } },
    );
    expect(reply.to).toEqual(['help@lovelace.dev']);
    expect(reply.headers).toEqual({
      'X-Ticket': '7',
      'In-Reply-To': '<bare@id>',
      References: '<m0@lovelace.dev> <bare@id>',
    });
  });

  it('refuses a missing received email or reply, and a subject that is not text, naming them', () => {
    expect(() => replyTo(null as never, { from: 'a@acme.dev', text: 'x' })).toThrow(
      expect.objectContaining({
        code: 'invalid_option',
        message: 'replyTo takes the received email and the reply as objects (got null and object).',
      }),
    );
    expect(() => replyTo({ from: 'ada@example.com', subject: 'Hi' } as never, undefined as never)).toThrow(
      /\(got object and undefined\)/,
    );
    expect(() => replySubject(5 as never)).toThrow('subject must be a string (got number).');
  });

  it('never stacks Re: prefixes', () => {
    expect(replySubject('Help')).toBe('Re: Help');
    expect(replySubject('Re: Help')).toBe('Re: Help');
    expect(replySubject('RE[2]: Help')).toBe('RE[2]: Help');
    expect(replySubject('  re:Help')).toBe('re:Help');
    expect(replySubject('Aw: Hilfe')).toBe('Aw: Hilfe');
    expect(replySubject('Regarding the invoice')).toBe('Re: Regarding the invoice');
    expect(replySubject(null)).toBe('Re: (no subject)');
  });

  it('cannot be made to inject a header through the Message-ID', () => {
    const reply = replyTo(
      { ...received, message_id: '<m1@x>\r\nBcc: spy@evil.test', headers: null },
      { from: 'a@acme.dev', text: 'x' },
    );
    expect(reply.headers['In-Reply-To']).not.toMatch(/[\r\n]/);
  });

  it('threads from In-Reply-To when the received email has no References, as RFC 5322 says', () => {
    const reply = replyTo(
      { ...received, headers: { 'in-reply-to': '<m0@lovelace.dev>' } },
      { from: 'support@acme.dev', text: 'On it.' },
    );
    expect(reply.headers).toEqual({
      'In-Reply-To': '<m1@lovelace.dev>',
      References: '<m0@lovelace.dev> <m1@lovelace.dev>',
    });
  });

  it('keeps only message IDs from the received References, run together or folded, and bounds their number', () => {
    const messy = replyTo(
      { ...received, headers: { references: '<a@x><b@x>\r\n\t<c@x> (comment) Bcc: spy@evil.test <m1@lovelace.dev>' } },
      { from: 'support@acme.dev', text: 'On it.' },
    );
    expect(messy.headers.References).toBe('<a@x> <b@x> <c@x> <m1@lovelace.dev>');
    const chain = Array.from({ length: 50_000 }, (_, i) => `<r${i}@x>`).join(' ');
    const long = replyTo({ ...received, headers: { references: chain } }, { from: 'support@acme.dev', text: 'x' });
    const refs = long.headers.References!.split(' ');
    expect(refs.length).toBeLessThanOrEqual(20);
    expect(refs[0]).toBe('<r0@x>');
    expect(refs.slice(-2)).toEqual(['<r49999@x>', '<m1@lovelace.dev>']);
  });

  it('unfolds a folded subject and refuses a line break that would start another header', () => {
    expect(replySubject('Help\r\n with my engine')).toBe('Re: Help with my engine');
    const injected = [
      () => replySubject('Help\r\nBcc: spy@evil.test'),
      () => replyTo({ ...received, subject: 'Help\nBcc: spy@evil.test' }, { from: 'a@acme.dev', text: 'x' }),
      () =>
        replyTo(
          { ...received, from: 'Ada <ada@lovelace.dev>\r\nBcc: spy@evil.test' },
          { from: 'a@acme.dev', text: 'x' },
        ),
      () =>
        replyTo({ ...received, reply_to: ['ada@lovelace.dev\rBcc: spy@evil.test'] }, { from: 'a@acme.dev', text: 'x' }),
      () => replyTo(received, { from: 'a@acme.dev', text: 'x', headers: { 'X-Ticket': '7\r\nBcc: spy@evil.test' } }),
    ];
    for (const build of injected) {
      expect(build).toThrow(expect.objectContaining({ code: 'invalid_option' }));
      expect(build).toThrow(/line break/);
      expect(build).toThrow(ResendConfigError);
    }
  });

  it('is sent by emails.send as it is, react included', async () => {
    const seen = inbound();
    const { error } = await testClient().emails.send(
      replyTo(received, { from: 'support@acme.dev', react: createElement('p', null, 'On it.') }),
    );
    expect(error).toBeUndefined();
    expect(seen.sent[0]).toMatchObject({
      subject: 'Re: Help',
      html: expect.stringContaining('On it.'),
      headers: { 'In-Reply-To': '<m1@lovelace.dev>' },
    });
  });
});
