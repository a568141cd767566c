/**
 * A 2xx answer whose body breaks off on the way (or is garbled): the API accepted the request and
 * stored the emails, so `sendAll` must not report them as failed with `maybeSent: false`, which
 * invites sending them again. Found by `send-all-property.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient, sendAll } from '../src/index.js';

/** A client on the fake whose every 2xx answer loses the second half of its body (or is rewritten by `rewrite`). */
function setup(rewrite?: (text: string) => string) {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  const fetch = async (request: Request) => {
    const response = await fake.fetch(request);
    if (!response.ok) return response;
    const text = await response.text();
    return new Response(rewrite ? rewrite(text) : text.slice(0, Math.floor(text.length / 2)), {
      status: response.status,
      headers: response.headers,
    });
  };
  const resend = createResendClient({ apiKey: 're_sendall_cut_answer_key', fetch, rateLimit: false, retry: false });
  return { fake, resend };
}

const email = (n: number, attachment = false): SendEmailRequest => ({
  from: 'news@acme.dev',
  to: `delivered+u${n}@resend.dev`,
  subject: `email ${n}`,
  text: `Hello ${n}`,
  ...(attachment ? { attachments: [{ filename: 'a.txt', content: 'aGk=' }] } : {}),
});

describe('sendAll and a 2xx answer it cannot read', () => {
  it('reports the emails of a batch accepted with a cut body as maybe sent', async () => {
    const { fake, resend } = setup();
    const report = await sendAll(resend, [email(0), email(1)]);

    expect(fake.state.emails.size).toBe(2);
    expect(report).toMatchObject({ sent: 0, failed: 2 });
    for (const result of report.results)
      expect(result.error).toMatchObject({ name: 'invalid_response', statusCode: 200, maybeSent: true });
    expect(report.results[0]!.error!.message).toMatch(/accepted the request, so it may have been carried out/);
  });

  it('reports an email sent alone (with attachments) and accepted with a cut body as maybe sent, also with a prefix', async () => {
    const { fake, resend } = setup();
    const report = await sendAll(resend, [email(0, true)], { idempotencyPrefix: 'cut-answer' });

    expect(fake.state.emails.size).toBe(1);
    expect(report.results[0]!.error).toMatchObject({ name: 'invalid_response', statusCode: 200, maybeSent: true });
  });

  it('reports the emails of a batch accepted with fewer ids than emails as maybe sent', async () => {
    const { fake, resend } = setup((text) => {
      const body = JSON.parse(text) as { data: unknown[] };
      return JSON.stringify({ data: body.data.slice(0, 1) });
    });
    const report = await sendAll(resend, [email(0), email(1)]);

    expect(fake.state.emails.size).toBe(2);
    expect(report.results[0]!.id).toBe(fake.state.emails.all().find((e) => e.subject === 'email 0')!.id);
    expect(report.results[1]!.error).toMatchObject({ name: 'invalid_response', statusCode: 200, maybeSent: true });
  });
});
