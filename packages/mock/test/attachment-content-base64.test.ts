/**
 * An attachment's `content` is Base64. Text sent as it is (the usual mistake: the file's text, not
 * its encoding) must be refused when sent, not stored to fail later when the file is downloaded.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const fake = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false });

describe('attachment content', () => {
  it.each(['Hello, world!', 'héllo', 'a', 'a===', '=aGk'])(
    'refuses %j, which is not Base64, storing nothing',
    async (content) => {
      const f = fake();
      const { status, body } = await call(f, 'POST', '/emails', {
        body: email({
          attachments: [
            { filename: 'a.txt', content: 'aGk=' },
            { filename: 'b.txt', content },
          ],
        }),
      });
      expect(status).toBe(422);
      expect(body).toEqual({
        statusCode: 422,
        name: 'validation_error',
        message: 'Invalid `attachments[1].content` field: must be Base64.',
      });
      expect(f.state.emails.size).toBe(0);
    },
  );

  it.each(['aGk=', 'aGk', 'aGVs\nbG8=', ''])('takes Base64 %j and serves its bytes back', async (content) => {
    const f = fake();
    const sent = await call(f, 'POST', '/emails', { body: email({ attachments: [{ filename: 'a.txt', content }] }) });
    expect(sent.status).toBe(200);
    const list = await call(f, 'GET', `/emails/${sent.body.id}/attachments`);
    const file = await f.fetch(new Request(list.body.data[0].download_url));
    expect(file.status).toBe(200);
    expect(await file.text()).toBe(atob(content.replace(/\s/g, '')));
  });
});
