/** Secrets and a payload shared by the tests. */
import { expect } from 'vitest';
import { type EmailBouncedEvent, WebhookVerificationError } from '../src/index.js';

const secretOf = (text: string) => `whsec_${Buffer.from(text).toString('base64')}`;

export const SECRET = secretOf('resendkit webhooks test secret 1');
export const OTHER_SECRET = secretOf('resendkit webhooks test secret 2');
/** The base64 part alone: the secret material that must never show up in output. */
export const SECRET_BODY = SECRET.slice('whsec_'.length);

export const bounced: EmailBouncedEvent = {
  type: 'email.bounced',
  created_at: '2026-04-03T22:13:45.102Z',
  data: {
    email_id: '4ef9a417-02e9-4d39-ad75-9611e0fcc33c',
    created_at: '2026-04-03T22:13:42.674Z',
    from: 'Acme <onboarding@acme.dev>',
    to: ['bounced@resend.dev'],
    subject: 'Hello — ünïcode ✓',
    bounce: {
      type: 'Permanent',
      subType: 'NoEmail',
      message: 'The recipient address does not exist.',
      diagnosticCode: ['smtp; 550 5.1.1 user unknown'],
    },
  },
};
/** Serialised with spacing, so a re-serialisation would not match the signed bytes. */
export const BODY = JSON.stringify(bounced, null, 2);

/** The `WebhookVerificationError` `promise` rejects with (the test fails if it resolves or rejects with another error). */
export async function refusal(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}
