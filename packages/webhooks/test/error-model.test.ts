import { describe, expect, it } from 'vitest';
import { expectErrorModel } from '../../client/test/error-shape.js';
import { isWebhookVerificationError, signWebhook, verifyWebhook, type WebhookVerificationError } from '../src/index.js';
import { BODY, OTHER_SECRET, SECRET } from './fixtures.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a refusal'),
    (error: unknown) => error,
  );
}

describe('the error model', () => {
  it('gives every WebhookVerificationError code, from a real verification, the one model', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    const now = Number(headers['svix-timestamp']) * 1000;
    const notEvent = '[1, 2]';
    const signedNotEvent = await signWebhook({ payload: notEvent, secret: SECRET });
    const cases: [string, () => Promise<unknown>][] = [
      [
        'missing_header',
        () => verifyWebhook({ payload: BODY, headers: { ...headers, 'svix-id': '' }, secret: SECRET }),
      ],
      [
        'invalid_header',
        () => verifyWebhook({ payload: BODY, headers: { ...headers, 'svix-timestamp': 'soon' }, secret: SECRET }),
      ],
      ['invalid_secret', () => verifyWebhook({ payload: BODY, headers, secret: 'whsec_not base64!' })],
      ['invalid_signature', () => verifyWebhook({ payload: BODY, headers, secret: OTHER_SECRET })],
      [
        'timestamp_too_old',
        () => verifyWebhook({ payload: BODY, headers, secret: SECRET, now: () => now + 3_600_000 }),
      ],
      [
        'timestamp_too_new',
        () => verifyWebhook({ payload: BODY, headers, secret: SECRET, now: () => now - 3_600_000 }),
      ],
      ['payload_too_large', () => verifyWebhook({ payload: BODY, headers, secret: SECRET, maxPayloadBytes: 10 })],
      ['invalid_payload', () => verifyWebhook({ payload: notEvent, headers: signedNotEvent, secret: SECRET })],
    ];
    for (const [code, run] of cases) {
      const error = await rejection(run());
      expect((error as WebhookVerificationError).code, code).toBe(code);
      expectErrorModel(error, 'WebhookVerificationError', isWebhookVerificationError);
      // Never the secret or a signature, in any form.
      const shown = `${(error as Error).message} ${JSON.stringify(error)}`;
      for (const secret of [SECRET, SECRET.slice(6), OTHER_SECRET.slice(6), headers['svix-signature'].slice(3)])
        expect(shown).not.toContain(secret);
    }
  });
});
