/**
 * `sendAll` with an `idempotencyPrefix` puts every email to one `to` in one bucket, so a job with
 * more emails to one `to` than a batch takes overflows whatever `buckets` is: its refusal must not
 * advise more buckets, which a user would follow, under a new prefix, to the same refusal.
 */
import { describe, expect, it } from 'vitest';
import { type SendEmailRequest } from '@resendkit/types';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient, isSendAllInputError } from '../src/index.js';
import { runSendAll } from '../src/send-all.js';

const internals = { cap: 3, now: () => Date.now(), sleep: async () => {} };
const mail = (n: number, to: string): SendEmailRequest => ({
  from: 'news@acme.dev',
  to,
  subject: `email ${n}`,
  text: 'Hi',
});

function client() {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  return { fake, resend: createResendClient({ apiKey: 're_bucket_advice_key', fetch: fake.fetch, rateLimit: false }) };
}

async function refusal(emails: SendEmailRequest[], buckets: number) {
  const { fake, resend } = client();
  const error = await runSendAll(resend, emails, { idempotencyPrefix: 'advice', buckets }, internals).catch((e) => e);
  expect(isSendAllInputError(error) && error.code).toBe('bucket_overflow');
  expect(fake.state.emails.size).toBe(0);
  return (error as Error).message;
}

describe('sendAll bucket_overflow advice', () => {
  it('says no number of buckets helps when more emails than a batch takes go to one "to"', async () => {
    const emails = [0, 1, 2, 3].map((n) => mail(n, 'ops@acme.dev'));
    for (const buckets of [1, 1000]) {
      const message = await refusal(emails, buckets);
      expect(message).toContain('no number of buckets splits');
      expect(message).not.toContain('more buckets');
    }
  });

  it('still advises more buckets when the emails of the full bucket go to different addresses', async () => {
    const emails = [0, 1, 2, 3].map((n) => mail(n, `u${n}@acme.dev`));
    const message = await refusal(emails, 1);
    expect(message).toContain('more buckets (about 3 for 4 emails)');
  });
});
