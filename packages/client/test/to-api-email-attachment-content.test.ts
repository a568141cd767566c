/**
 * `toApiEmail` makes an email safe to store as JSON. Attachment content that is neither Base64
 * text nor bytes (a `Blob`, a `File` from a form) became `{}` in the stored email: the attachment
 * was lost without a word, and only the send, later and elsewhere, was refused. It is refused now,
 * naming the attachment, while the content is still at hand.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient, isResendError, toApiEmail } from '../src/index.js';

const email = { from: 'news@acme.dev', to: 'delivered@resend.dev', subject: 'Report', text: 'Attached.' };

describe('toApiEmail attachment content', () => {
  it('refuses a Blob (or any other object) as content, naming the attachment, instead of storing {}', async () => {
    for (const content of [new Blob(['report']), { bytes: [1] }, 42]) {
      const attachments = [
        { filename: 'a.txt', content: 'cmVwb3J0' },
        { filename: 'b.txt', content: content as never },
      ];
      const error = await toApiEmail({ ...email, attachments }).catch((e: unknown) => e);
      expect(isResendError(error)).toBe(true);
      expect(error).toMatchObject({ name: 'invalid_option', statusCode: null, method: 'POST', path: '/emails' });
      expect((error as Error).message).toContain('attachments[1].content');
    }
  });

  it('still takes Base64 text, bytes, and an attachment by path, and the stored email sends', async () => {
    const stored = await toApiEmail({
      ...email,
      attachments: [
        { filename: 'a.txt', content: 'cmVwb3J0' },
        { filename: 'b.txt', content: new TextEncoder().encode('report') },
        { filename: 'c.txt', content: await new Blob(['report']).arrayBuffer() },
        { filename: 'd.pdf', path: 'https://acme.dev/d.pdf' },
      ],
    });
    expect(stored.attachments?.map((a) => a.content)).toEqual(['cmVwb3J0', 'cmVwb3J0', 'cmVwb3J0', undefined]);
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const resend = createResendClient({ apiKey: 're_to_api_email_key', fetch: fake.fetch, rateLimit: false });
    const { error } = await resend.emails.send(JSON.parse(JSON.stringify(stored)));
    expect(error).toBeUndefined();
  });
});
