/**
 * Two ways a pasted or saved secret goes wrong that the generic "not valid" message left one guessing
 * about: a byte-order mark in front (a file saved by a Windows editor as "UTF-8 with BOM") and
 * whitespace inside (a copy wrapped over two lines). Both are refused, as `svix` and
 * `standardwebhooks` refuse them, with a message naming the problem and where, never the secret.
 */
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../src/index.js';
import { BODY, refusal, SECRET, SECRET_BODY } from './fixtures.js';

const headers = { 'svix-id': 'msg_1', 'svix-timestamp': '1', 'svix-signature': 'v1,AAAA' };

/** The refusal of `secret` by verifyWebhook and signWebhook (the same), checked to show no part of it. */
async function refused(secret: string) {
  const error = await refusal(verifyWebhook({ payload: BODY, headers, secret }));
  const signing = await refusal(signWebhook({ payload: BODY, secret }));
  expect(signing.message).toBe(error.message);
  expect(error.code).toBe('invalid_secret');
  for (const shown of [error.message, String(error), JSON.stringify(error)])
    for (let i = 0; i + 6 <= SECRET_BODY.length; i += 6) expect(shown).not.toContain(SECRET_BODY.slice(i, i + 6));
  return error;
}

/** Whether the reference libraries take `secret` at all (their constructors decode it). */
const referencesTake = (secret: string) =>
  [SvixWebhook, StandardWebhook].map((Webhook) => {
    try {
      new Webhook(secret);
      return true;
    } catch {
      return false;
    }
  });

describe('a secret starting with a byte-order mark (U+FEFF)', () => {
  it.each([
    ['with whsec_', `\uFEFF${SECRET}`],
    ['bare base64', `\uFEFF${SECRET_BODY}`],
    ['read from a Windows file (with its CRLF)', `\uFEFF${SECRET}\r\n`],
  ])('is refused, as the references refuse it, naming the mark: %s', async (_name, secret) => {
    expect(referencesTake(secret)).toEqual([false, false]);
    const error = await refused(secret);
    expect(error.message).toMatch(/has a byte-order mark \(U\+FEFF\)\./);
  });
});

describe('a secret with whitespace inside it', () => {
  it.each([
    ['a space', `${SECRET.slice(0, 20)} ${SECRET.slice(20)}`],
    ['a line break (a wrapped copy)', `${SECRET.slice(0, 26)}\n${SECRET.slice(26)}`],
    ['a CRLF, after a leading space that is trimmed', ` ${SECRET.slice(0, 30)}\r\n${SECRET.slice(30)}\n`],
    ['a no-break space, without whsec_', `${SECRET_BODY.slice(0, 8)}\u00A0${SECRET_BODY.slice(8)}`],
  ])('is refused, as the references refuse it, naming it: %s', async (_name, secret) => {
    expect(referencesTake(secret)).toEqual([false, false]);
    const error = await refused(secret);
    expect(error.message).toMatch(/has whitespace inside it\./);
  });

  it('keeps the generic message for a secret that is malformed otherwise', async () => {
    const error = await refused(`${SECRET.slice(0, 20)}!${SECRET.slice(20)}`);
    expect(error.message).toMatch(/not valid: expected `whsec_` followed by base64/);
  });
});
