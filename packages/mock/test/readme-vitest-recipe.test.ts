// The README's "In-process (vitest)" recipe, verbatim (readme-recipes.test.ts checks it stays so).
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { expect, it } from 'vitest';

it('emails a sign-in code', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 5, windowMs: 50 });
  const resend = createResendClient({
    apiKey: 're_test_123456',
    fetch: fake.fetch,
    rateLimit: { limit: 5, windowMs: 50, team: 'sign-in-test' },
  });
  // The code under test would do this:
  await resend.emails.send({
    from: 'login@acme.dev',
    to: 'ada@acme.dev',
    subject: 'Your code',
    text: 'Your code is 481516.',
  });

  const email = await fake.waitForEmail({ to: 'ada@acme.dev', subject: 'code', timeoutMs: 1000 });
  expect(email.codes).toEqual(['481516']);
});
