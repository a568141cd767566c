/**
 * A signing secret read from a file, an environment file or a Kubernetes secret often keeps a
 * trailing newline, and one pasted by hand a leading space. Whitespace is never part of a secret, so
 * it is trimmed at both ends: the delivery verifies with the key the secret holds. A secret that is
 * malformed once trimmed keeps its own refusal, and no message shows any part of the secret.
 */
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook, webhookHandler } from '../src/index.js';
import { BODY, bounced, refusal, SECRET, SECRET_BODY } from './fixtures.js';

/** A secret as Svix makes them for Resend: 24 bytes, 32 base64 characters, no padding. */
const SVIX_SHAPED = `whsec_${Buffer.alloc(24, 9).toString('base64')}`;
const now = Math.floor(Date.now() / 1000);

/** svix-* headers for `BODY`, signed by `sign` (a reference library's `sign`) as msg_1, now. */
const signedBy = (sign: (id: string, at: Date, body: string) => string) => ({
  'svix-id': 'msg_1',
  'svix-timestamp': String(now),
  'svix-signature': sign('msg_1', new Date(now * 1000), BODY),
});

describe('a secret with whitespace at either end', () => {
  it.each([
    ['a trailing newline (read from a file)', `${SECRET}\n`],
    ['a trailing CRLF (a file written on Windows)', `${SECRET}\r\n`],
    ['a leading space (pasted by hand)', ` ${SECRET}`],
    ['tabs and spaces at both ends, without whsec_', `\t ${SECRET_BODY} \n`],
  ])('verifies with the key it holds: %s', async (_name, secret) => {
    const headers = signedBy((id, at, body) => new SvixWebhook(SECRET).sign(id, at, body));
    await expect(verifyWebhook({ payload: BODY, headers, secret })).resolves.toEqual(bounced);
  });

  it('verifies what svix and standardwebhooks sign with the same secret and its newline (the key they take)', async () => {
    // Their base64 decoder ignores a lone character after the last group of four, so they take a
    // 32-character secret with a newline as the same key: it must verify the same way here.
    const secret = `${SVIX_SHAPED}\n`;
    for (const reference of [new SvixWebhook(secret), new StandardWebhook(secret)]) {
      const headers = signedBy((id, at, body) => reference.sign(id, at, body));
      await expect(verifyWebhook({ payload: BODY, headers, secret })).resolves.toEqual(bounced);
      await expect(verifyWebhook({ payload: BODY, headers, secret: SVIX_SHAPED })).resolves.toEqual(bounced);
    }
  });

  it('is the same key to signWebhook and webhookHandler', async () => {
    const headers = await signWebhook({ payload: BODY, secret: `${SECRET}\n` });
    await expect(verifyWebhook({ payload: BODY, headers, secret: SECRET })).resolves.toEqual(bounced);
    let received: unknown;
    const handle = webhookHandler(` ${SECRET}\n`, { 'email.bounced': (event) => void (received = event) });
    const response = await handle(new Request('https://acme.dev/hooks', { method: 'POST', body: BODY, headers }));
    expect(response.status).toBe(200);
    expect(received).toEqual(bounced);
  });

  it('still refuses a secret that is malformed once trimmed, with its own message and no part of the secret', async () => {
    const headers = signedBy((id, at, body) => new SvixWebhook(SECRET).sign(id, at, body));
    const malformed = `whsec_${SECRET_BODY.slice(0, 12)}!${SECRET_BODY.slice(12)}\n`;
    const error = await refusal(verifyWebhook({ payload: BODY, headers, secret: malformed }));
    expect(error.code).toBe('invalid_secret');
    expect(error.message).toMatch(/not valid: expected `whsec_` followed by base64/);
    expect(error.message).not.toContain(SECRET_BODY.slice(0, 8));
    // Whitespace alone is no secret at all: an unset value read from a file.
    const blank = await refusal(verifyWebhook({ payload: BODY, headers, secret: ' \n' }));
    expect(blank.code).toBe('invalid_secret');
    expect(blank.message).toMatch(/missing/);
  });

  it('does not trim inside the secret: a space within it is still refused', async () => {
    const headers = signedBy((id, at, body) => new SvixWebhook(SECRET).sign(id, at, body));
    const split = `whsec_${SECRET_BODY.slice(0, 20)} ${SECRET_BODY.slice(20)}`;
    expect((await refusal(verifyWebhook({ payload: BODY, headers, secret: split }))).code).toBe('invalid_secret');
  });
});
