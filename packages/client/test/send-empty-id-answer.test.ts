import { describe, expect, it } from 'vitest';
import type { RequestInfo } from '../src/errors.js';
import { sendAll, toResendError } from '../src/index.js';
import { stubbedClient } from './helpers.js';

const email = (attachment = false) => ({
  from: 'a@acme.dev',
  to: 'delivered@resend.dev',
  subject: 'Hi',
  html: '<p>x</p>',
  ...(attachment ? { attachments: [{ filename: 'a.txt', content: 'aGk=' }] } : {}),
});

/** A client whose sends are answered 200 with an empty id (a batch: one empty id per email). */
function client(withMiddleware = false) {
  const answer = async (request: Request) => {
    const batch = new URL(request.url).pathname === '/emails/batch';
    const count = batch ? ((await request.json()) as unknown[]).length : 0;
    return Response.json(batch ? { data: Array.from({ length: count }, () => ({ id: '' })) } : { id: '' });
  };
  return stubbedClient(answer, withMiddleware).resend;
}

describe('a send answered with an empty id', () => {
  for (const withMiddleware of [false, true]) {
    it(`is invalid_response with maybeSent for emails.send${withMiddleware ? ' (through openapi-fetch)' : ''}`, async () => {
      const result = await client(withMiddleware).emails.send(email());
      expect(result.data).toBeUndefined();
      expect(result.error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
      expect(result.error?.message).toMatch(/no "id"/);
      expect(
        toResendError(result.error, result.response, (result as { request?: RequestInfo }).request).maybeSent,
      ).toBe(true);
    });
  }

  it('is a maybe-sent invalid_response in sendAll, batched or single', async () => {
    const report = await sendAll(client(), [email(), email(), email(true)]);
    expect(report.sent).toBe(0);
    expect(report.failed).toBe(3);
    for (const result of report.results) {
      expect(result.error).toMatchObject({ name: 'invalid_response', maybeSent: true });
    }
  });
});
