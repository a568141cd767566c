/** The raw message of a received email stays one well-formed message, whatever the fields hold. */
import { describe, expect, it } from 'vitest';
import { createFakeResend, isFakeOptionsError, type ReceiveEmailInput } from '../src/index.js';

const BASE: ReceiveEmailInput = { from: 'a@example.org', to: 'b@acme.dev', subject: 's', text: 'hi' };

/** The option a `FakeOptionsError` names, or what else was thrown. */
function refusal(input: Partial<ReceiveEmailInput> | Record<string, unknown>): unknown {
  try {
    createFakeResend().receiveEmail({ ...BASE, ...input } as ReceiveEmailInput);
  } catch (error) {
    return isFakeOptionsError(error) ? error.option : error;
  }
  return 'accepted';
}

describe('fake.receiveEmail and line breaks', () => {
  it('refuses a line break in an address, a header or an attachment field instead of writing it into the raw message', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ to: ['b@acme.dev\r\nBcc: x@evil.test'] }, 'to'],
      [{ cc: 'c@acme.dev\n\nNot a header' }, 'cc'],
      [{ bcc: ['d@acme.dev\r'] }, 'bcc'],
      [{ reply_to: 'r@acme.dev\u0000' }, 'reply_to'],
      [{ from: 'a@example.org\r\nX-Evil: 1' }, 'from'],
      [{ headers: { 'message-id': '<m@example.org>\r\nX-Evil: 1' } }, 'headers'],
      [{ headers: { 'x-a\r\nX-Evil': 'v' } }, 'headers'],
      [{ headers: { 'x a': 'v' } }, 'headers'],
      [{ headers: { 'x-folded': 'one\r\n two' } }, 'headers'],
      [
        { attachments: [{ filename: 'a.txt', content: 'aGk=', content_type: 'text/plain\r\nX-Evil: 1' }] },
        'attachments',
      ],
      [{ attachments: [{ filename: 'a.png', content: 'aGk=', content_id: 'logo>\r\nX-Evil: 1' }] }, 'attachments'],
    ];
    for (const [input, option] of cases) expect(refusal(input), JSON.stringify(input)).toBe(option);
  });

  it('keeps a quote in an attachment name inside its quoted parameter', () => {
    const email = createFakeResend().receiveEmail({
      ...BASE,
      attachments: [{ filename: 'say "hi".txt', content: 'aGk=' }],
    });
    expect(email.raw).toContain('filename="say \\"hi\\".txt"');
    expect(email.raw).toContain('name="say \\"hi\\".txt"');
  });

  it('still takes display names, non-ASCII text and custom headers', () => {
    const email = createFakeResend().receiveEmail({
      ...BASE,
      from: 'Ada Lovelace <ada@example.org>',
      to: ['Bob <b@acme.dev>', 'c@acme.dev'],
      subject: 'Grüße, 你好',
      headers: { 'X-Campaign': 'spring – 2026', 'Message-ID': '<m1@example.org>' },
    });
    const head = email.raw.split('\r\n\r\n')[0]!.split('\r\n');
    expect(head).toContain('To: Bob <b@acme.dev>, c@acme.dev');
    expect(head).toContain('Message-ID: <m1@example.org>');
    expect(head.some((line) => line.startsWith('x-campaign: =?UTF-8?B?'))).toBe(true);
  });
});
