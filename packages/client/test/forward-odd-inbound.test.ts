/**
 * `emails.receiving.forward` of inbound emails as strangers' mail clients make them: an attachment
 * with no content type or an empty file name is forwarded (never a `TypeError`, never a send the API
 * refuses for a blank `filename`), and a forward called without options is refused by type.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ForwardOptions, ResendConfigError } from '../src/index.js';
import { FORWARD_OPTION_NAMES } from '../src/receiving.js';
import { testClient } from './helpers.js';

const CDN = 'https://inbound-cdn.resend.test';

function meta(fields: object) {
  return {
    id: 'a1',
    filename: 'notes.txt',
    content_type: 'text/plain',
    content_disposition: 'attachment',
    content_id: null,
    size: 2,
    ...fields,
  };
}

/** A client whose API holds one received email with `attachment`, recording what is sent. */
function inboundClient(attachment: object) {
  const sent: Record<string, unknown>[] = [];
  const email = {
    object: 'email',
    id: 'r1',
    to: ['support@acme.dev'],
    from: 'ada@lovelace.dev',
    created_at: '2026-12-01T10:00:00Z',
    subject: 'Notes',
    html: null,
    text: 'See attached.',
    headers: null,
    bcc: [],
    cc: [],
    reply_to: [],
    message_id: '<m1@lovelace.dev>',
    attachments: [attachment],
  };
  const resend = testClient({
    fetch: async (request) => {
      const { host, pathname } = new URL(request.url);
      if (host === new URL(CDN).host) return new Response('hi');
      if (request.method === 'POST') {
        sent.push((await request.json()) as Record<string, unknown>);
        return Response.json({ id: 'sent_1' });
      }
      if (pathname.includes('/attachments/'))
        return Response.json({ object: 'attachment', ...attachment, download_url: `${CDN}/a1?signature=sig` });
      return Response.json(email);
    },
  });
  return { resend, sent };
}

const forward = { emailId: 'r1', to: 'team@acme.dev', from: 'support@acme.dev' };

describe('forwarding odd inbound emails', () => {
  it('forwards an attachment that has no content type, leaving the type to the API', async () => {
    const { resend, sent } = inboundClient(meta({ content_type: null }));
    const { data, error } = await resend.emails.receiving.forward(forward);
    expect(error).toBeUndefined();
    expect(data).toEqual({ id: 'sent_1' });
    expect(sent[0]?.attachments).toEqual([{ filename: 'notes.txt', content: 'aGk=' }]);
  });

  it.each([
    ['empty', ''],
    ['blank', ' \r\n '],
  ])('names an attachment whose file name is %s "attachment"', async (_, filename) => {
    const { resend, sent } = inboundClient(meta({ filename }));
    expect((await resend.emails.receiving.forward(forward)).error).toBeUndefined();
    expect(sent[0]?.attachments).toEqual([{ filename: 'attachment', content: 'aGk=', content_type: 'text/plain' }]);
  });

  it('refuses a forward called without options as invalid_option', async () => {
    const { resend, sent } = inboundClient(meta({}));
    const call = resend.emails.receiving.forward(undefined as never);
    await expect(call).rejects.toBeInstanceOf(ResendConfigError);
    await expect(call).rejects.toMatchObject({
      code: 'invalid_option',
      message: 'forward options must be an object (got undefined).',
    });
    expect(sent).toEqual([]);
  });

  it.each([
    [{ passThrough: false, text: 'FYI' }, 'forward has no option "passThrough" (did you mean passthrough?).'],
    [{ email_id: 'r1' }, 'forward has no option "email_id" (did you mean emailId?).'],
    [{ subject: 'FYI' }, `forward has no option "subject"; the options are ${FORWARD_OPTION_NAMES.join(', ')}.`],
    [{ passthrough: 'false', text: 'FYI' }, 'passthrough must be a boolean (got string).'],
  ])('refuses forward options it would misread (%o) before anything is sent', async (extra, message) => {
    const { resend, sent } = inboundClient(meta({}));
    const call = resend.emails.receiving.forward({ ...forward, ...extra } as never);
    await expect(call).rejects.toBeInstanceOf(ResendConfigError);
    await expect(call).rejects.toMatchObject({ code: 'invalid_option', message });
    expect(sent).toEqual([]);
  });

  it('knows every option of ForwardOptions by name, and no other', () => {
    type Names<T> = T extends unknown ? keyof T : never;
    expectTypeOf<(typeof FORWARD_OPTION_NAMES)[number]>().toEqualTypeOf<Names<ForwardOptions>>();
  });
});
