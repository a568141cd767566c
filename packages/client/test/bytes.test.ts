import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { Resend } from 'resend';
import { createResendClient, sendAll } from '../src/index.js';
import { base64Of } from '../src/shared/base64.js';
import { BASE64_FIELDS } from '../src/generated/sdk-names.js';
import { createFakeResend } from '../../mock/src/index.js';
import { API_KEY, BASE_URL, recordRequests as recordOn, testClient, useServer } from './helpers.js';

const server = useServer();
const recordRequests = () => recordOn(server);

const email = { from: 'Acme <hi@acme.dev>', to: 'delivered@resend.dev', subject: 'Invoice', text: 'Attached.' };
const text = 'invoice #42 ✓';
const utf8 = new TextEncoder().encode(text);
const expected = Buffer.from(text).toString('base64');

/** The same bytes as every kind the SDK takes: a Buffer, a view into a larger buffer, an ArrayBuffer, a DataView. */
function asEveryKind(): [string, ArrayBufferView | ArrayBuffer][] {
  const padded = new Uint8Array(utf8.length + 8);
  padded.set(utf8, 4);
  return [
    ['a Buffer', Buffer.from(text)],
    ['a Uint8Array into a larger buffer', padded.subarray(4, 4 + utf8.length)],
    ['an ArrayBuffer', utf8.slice().buffer],
    ['a DataView', new DataView(padded.buffer, 4, utf8.length)],
  ];
}

describe('attachment content given as bytes', () => {
  it.each(asEveryKind())('sends %s as Base64 text, not as an object of indexes', async (_, content) => {
    const seen = recordRequests();
    const { error } = await testClient().emails.send({
      ...email,
      attachments: [{ filename: 'invoice.txt', content }],
    });
    expect(error).toBeUndefined();
    expect(seen[0]!.body).toMatchObject({ attachments: [{ filename: 'invoice.txt', content: expected }] });
  });

  it('sends the same request as the official SDK, names and bytes alike', async () => {
    const seen = recordRequests();
    const call = (r: Record<string, any>) =>
      r.emails.send({
        ...email,
        attachments: [
          { filename: 'a.txt', content: Buffer.from(text), contentType: 'text/plain' },
          { filename: 'b.txt', content: 'aGk=' },
          { filename: 'c.txt', path: 'https://acme.dev/c.txt' },
        ],
      });
    await call(new Resend(API_KEY, { baseUrl: BASE_URL }) as unknown as Record<string, any>);
    await call(testClient() as unknown as Record<string, any>);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
  });

  it("encodes on a copy: the caller's email keeps its bytes", async () => {
    recordRequests();
    const content = Buffer.from(text);
    const attachment = { filename: 'a.txt', content };
    const message = { ...email, attachments: [attachment] };
    await testClient().emails.send(message);
    expect(message.attachments[0]).toBe(attachment);
    expect(attachment.content).toBe(content);
  });

  it('takes bytes of another realm (a vm context) as bytes', async () => {
    const seen = recordRequests();
    const foreign = runInNewContext('new Uint8Array([104, 105]).buffer') as ArrayBuffer;
    expect(foreign instanceof ArrayBuffer).toBe(false);
    await testClient().emails.send({ ...email, attachments: [{ filename: 'a.txt', content: foreign }] });
    expect(seen[0]!.body).toMatchObject({ attachments: [{ content: 'aGk=' }] });
  });

  it('leaves an email without bytes as the caller gave it', async () => {
    const seen = recordRequests();
    const message = { ...email, attachments: [{ filename: 'a.txt', content: 'aGk=' }] };
    await testClient().emails.send(message);
    expect(seen[0]!.body).toEqual(message);
  });

  it("stores a draft's attachment given as bytes with its SDK names, as the SDK sends it", async () => {
    const seen = recordRequests();
    const call = (r: Record<string, any>) =>
      r.inboxes.drafts.create({
        inboxId: 'in_1',
        subject: 'Files',
        attachments: [{ filename: 'a.txt', content: new Uint8Array(utf8), contentType: 'text/plain' }],
      });
    await call(new Resend(API_KEY, { baseUrl: BASE_URL }) as unknown as Record<string, any>);
    await call(testClient() as unknown as Record<string, any>);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[1]!.body).toMatchObject({ attachments: [{ content: expected, content_type: 'text/plain' }] });
  });

  it('reaches the fake as an attachment it accepts and keeps (the Base64 of the bytes)', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const resend = createResendClient({ apiKey: API_KEY, fetch: (request) => fake.fetch(request), rateLimit: false });
    const { data, error } = await resend.emails.send({
      ...email,
      attachments: [{ filename: 'invoice.txt', content: Buffer.from(text) }],
    });
    expect(error).toBeUndefined();
    expect(JSON.stringify(fake.state.emails.get(data!.id))).toContain(expected);
  });

  it('sends an email of sendAll with bytes alone, as Base64', async () => {
    const seen = recordRequests();
    const report = await sendAll(testClient(), [
      { ...email, attachments: [{ filename: 'a.txt', content: Buffer.from(text) }] },
    ]);
    expect(report.results[0]!.error).toBeUndefined();
    expect(seen[0]).toMatchObject({ path: '/emails', body: { attachments: [{ content: expected }] } });
  });
});

describe('base64Of', () => {
  const saved = {
    Buffer: globalThis.Buffer,
    toBase64: Object.getOwnPropertyDescriptor(Uint8Array.prototype, 'toBase64'),
  };
  afterEach(() => {
    globalThis.Buffer = saved.Buffer;
    if (saved.toBase64) Object.defineProperty(Uint8Array.prototype, 'toBase64', saved.toBase64);
  });

  it("writes the same text by the platform's encoder, by Buffer and by btoa", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    const reference = Buffer.from(bytes).toString('base64');
    expect(base64Of(bytes)).toBe(reference);
    // Without the platform's encoder (Node 20–24 have none), then without Buffer either (a browser).
    delete (Uint8Array.prototype as { toBase64?: unknown }).toBase64;
    expect(base64Of(bytes)).toBe(reference);
    expect(base64Of(bytes.subarray(1))).toBe(Buffer.from(bytes.subarray(1)).toString('base64'));
    delete (globalThis as { Buffer?: unknown }).Buffer;
    expect(base64Of(bytes)).toBe(reference);
    expect(base64Of(bytes.subarray(1, 2))).toBe('Hw==');
  });
});

describe('the types', () => {
  it('take bytes wherever the spec has Base64 content, and an attachment needs its content or a path', () => {
    expect(Object.keys(BASE64_FIELDS).sort()).toEqual([
      'PATCH /inboxes/{inbox_id}/drafts/{draft_id}',
      'POST /emails',
      'POST /inboxes/{inbox_id}/drafts',
    ]);
    type Attachment = NonNullable<
      Parameters<ReturnType<typeof testClient>['emails']['send']>[0]['attachments']
    >[number];
    expectTypeOf<{ filename: string; content: Buffer }>().toMatchTypeOf<Attachment>();
    expectTypeOf<{ filename: string; content: ArrayBuffer }>().toMatchTypeOf<Attachment>();
    expectTypeOf<{ path: string }>().toMatchTypeOf<Attachment>();
    expectTypeOf<{ filename: string }>().not.toMatchTypeOf<Attachment>();
    expectTypeOf<{ filename: string; content: number }>().not.toMatchTypeOf<Attachment>();
  });
});
