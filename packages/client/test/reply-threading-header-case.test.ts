/**
 * `replyTo` sets `In-Reply-To` and `References` from the received email. Header names are
 * case-insensitive, so a given header of either name, in any case, must give way to them: sent
 * beside them, the reply would carry two threading headers, one pointing elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient, replyTo } from '../src/index.js';

const received = {
  from: 'Ada <ada@lovelace.dev>',
  subject: 'Help',
  message_id: '<m1@lovelace.dev>',
  headers: { references: '<m0@lovelace.dev>' },
};

describe('replyTo and given headers', () => {
  it('drops a given in-reply-to or references header in any case, so the reply carries one of each, the received email’s', async () => {
    const reply = replyTo(received, {
      from: 'support@acme.dev',
      text: 'On it.',
      headers: { 'in-reply-to': '<old@acme.dev>', REFERENCES: '<old@acme.dev>', 'X-Ticket': '7' },
    });
    expect(reply.headers).toEqual({
      'X-Ticket': '7',
      'In-Reply-To': '<m1@lovelace.dev>',
      References: '<m0@lovelace.dev> <m1@lovelace.dev>',
    });
    // Sent as it is: the fake keeps the headers the API was given.
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const resend = createResendClient({ apiKey: 're_reply_header_case_key', fetch: fake.fetch, rateLimit: false });
    const { data } = await resend.emails.send({ ...reply, to: 'delivered@resend.dev' });
    const stored = [...fake.state.emails].find((email) => email.id === data?.id) as { headers: object } | undefined;
    const names = Object.keys(stored!.headers);
    expect(names.filter((name) => /^(?:in-reply-to|references)$/i.test(name))).toEqual(['In-Reply-To', 'References']);
  });

  it('keeps given threading headers when the received email has no Message-ID to thread on', () => {
    const reply = replyTo(
      { from: 'ada@lovelace.dev', subject: 'Help' },
      { from: 'support@acme.dev', text: 'On it.', headers: { 'in-reply-to': '<old@acme.dev>' } },
    );
    expect(reply.headers).toEqual({ 'in-reply-to': '<old@acme.dev>' });
  });
});
