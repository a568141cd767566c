/**
 * Side by side with `svix` and `standardwebhooks`: tricky deliveries, each with the verdict all of
 * them give. A delivery under `svix-*` names is compared with `svix`, then again under the
 * `webhook-*` names with both (`standardwebhooks` reads only those).
 */
import { createHmac } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isWebhookVerificationError, verifyWebhook } from '../src/index.js';
import { BODY, OTHER_SECRET, SECRET, SECRET_BODY } from './fixtures.js';
import {
  ourVerdict,
  referenceSignature,
  standardVerdict,
  svixVerdict,
  usesSvixNames,
  type Delivery,
  type Verdict,
} from './references.js';

const NOW = Date.parse('2026-11-29T12:00:00Z') / 1000;
const ID = 'msg_2Lh7ZJ0Xkq9tCkJvQf';
const SIGNATURE = referenceSignature(SECRET, ID, NOW, BODY);
const SIG = SIGNATURE.slice(3);
/** A secret of 24 bytes, as Svix makes Resend's: 32 base64 characters, no padding. */
const SECRET_24 = `whsec_${Buffer.alloc(24, 9).toString('base64')}`;
/** A secret of 30 bytes: 40 base64 characters, no padding. */
const SECRET_30 = `whsec_${Buffer.alloc(30, 7).toString('base64')}`;

const svix = (overrides: Partial<Record<'id' | 'timestamp' | 'signature', string>> = {}): Record<string, string> => ({
  'svix-id': overrides.id ?? ID,
  'svix-timestamp': overrides.timestamp ?? String(NOW),
  'svix-signature': overrides.signature ?? SIGNATURE,
});
const standard = (overrides: Parameters<typeof svix>[0] = {}) =>
  Object.fromEntries(
    Object.entries(svix(overrides)).map(([name, value]) => [name.replace('svix-', 'webhook-'), value]),
  );
const delivery = (headers: Record<string, string>, body = BODY, secret = SECRET): Delivery => ({
  secret,
  body,
  headers,
});

/** A base64 text with the unused low bits of its last character set: decodes to the same bytes. */
function nonCanonical(base64: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const last = base64.replace(/=+$/, '').length - 1;
  const index = alphabet.indexOf(base64[last]!);
  return `${base64.slice(0, last)}${alphabet[index | 0b11]}${base64.slice(last + 1)}`;
}

/** HMAC-SHA256 of `content` as base64, made here rather than by a library under test. */
const hmac = (secret: string, content: string) =>
  createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
    .update(content)
    .digest('base64');

function flipped(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[5]! ^= 0x10;
  return bytes.toString('base64');
}

const rows: [string, Delivery, Verdict][] = [
  ['a delivery signed by the reference', delivery(svix()), 'accept'],
  ['the Standard Webhooks names (webhook-*)', delivery(standard()), 'accept'],
  [
    'header names in upper case',
    delivery({ 'SVIX-ID': ID, 'Svix-Timestamp': String(NOW), 'SVIX-signature': SIGNATURE }),
    'accept',
  ],
  [
    'svix-id with webhook-timestamp and webhook-signature',
    delivery({ 'svix-id': ID, 'webhook-timestamp': String(NOW), 'webhook-signature': SIGNATURE }),
    'accept',
  ],
  ['an empty svix-id beside a right webhook-id (svix-* wins)', delivery({ ...standard(), 'svix-id': '' }), 'reject'],
  [
    'a wrong svix-id beside a right webhook-id (svix-* wins)',
    delivery({ ...standard(), 'svix-id': 'msg_other' }),
    'reject',
  ],
  [
    'two spellings of one header: the last wins',
    delivery({ 'svix-id': 'msg_other', ...svix(), 'SVIX-ID': ID }),
    'accept',
  ],
  ['two spellings of one header: the last is wrong', delivery({ ...svix(), 'Svix-Id': 'msg_other' }), 'reject'],
  ['an unpadded signature', delivery(svix({ signature: SIGNATURE.replace(/=+$/, '') })), 'reject'],
  ['a non-canonical base64 signature (same bytes)', delivery(svix({ signature: `v1,${nonCanonical(SIG)}` })), 'reject'],
  [
    'a URL-safe base64 signature',
    delivery(svix({ signature: `v1,${Buffer.from(SIG, 'base64').toString('base64url')}` })),
    SIG.includes('+') || SIG.includes('/') ? 'reject' : 'accept',
  ],
  ['one flipped bit', delivery(svix({ signature: `v1,${flipped(SIG)}` })), 'reject'],
  [
    'extra signatures around the right one',
    delivery(svix({ signature: `v1,${flipped(SIG)} ${SIGNATURE} v2,abc` })),
    'accept',
  ],
  ['the right signature under v1a and v2 only', delivery(svix({ signature: `v1a,${SIG} v2,${SIG}` })), 'reject'],
  ['the version in upper case (V1)', delivery(svix({ signature: `V1,${SIG}` })), 'reject'],
  ['text after a second comma', delivery(svix({ signature: `${SIGNATURE},trailing` })), 'accept'],
  ['leading and doubled spaces', delivery(svix({ signature: `  v1,x  ${SIGNATURE} ` })), 'accept'],
  ['a tab after the signature', delivery(svix({ signature: `${SIGNATURE}\t` })), 'reject'],
  ['a space after the comma', delivery(svix({ signature: `v1, ${SIG}` })), 'reject'],
  ['a signature-header with no comma', delivery(svix({ signature: SIG })), 'reject'],
  ['a timestamp with leading zeros', delivery(svix({ timestamp: `00${NOW}` })), 'accept'],
  ['a timestamp with a plus sign and blanks', delivery(svix({ timestamp: ` +${NOW}` })), 'accept'],
  ['a timestamp with a fraction', delivery(svix({ timestamp: `${NOW}.999` })), 'accept'],
  ['a timestamp with text after the digits', delivery(svix({ timestamp: `${NOW}abc` })), 'accept'],
  ['a timestamp that is not a number', delivery(svix({ timestamp: 'abc' })), 'reject'],
  [
    'a signature over the timestamp text "00…" rather than its number',
    delivery(svix({ timestamp: `00${NOW}`, signature: `v1,${hmac(SECRET, `${ID}.00${NOW}.${BODY}`)}` })),
    'reject',
  ],
  [
    'exactly 300 s old',
    delivery(svix({ timestamp: String(NOW - 300), signature: referenceSignature(SECRET, ID, NOW - 300, BODY) })),
    'accept',
  ],
  [
    '301 s old',
    delivery(svix({ timestamp: String(NOW - 301), signature: referenceSignature(SECRET, ID, NOW - 301, BODY) })),
    'reject',
  ],
  [
    'exactly 300 s ahead',
    delivery(svix({ timestamp: String(NOW + 300), signature: referenceSignature(SECRET, ID, NOW + 300, BODY) })),
    'accept',
  ],
  [
    '301 s ahead',
    delivery(svix({ timestamp: String(NOW + 301), signature: referenceSignature(SECRET, ID, NOW + 301, BODY) })),
    'reject',
  ],
  [
    'an id signed with a leading space',
    delivery(svix({ id: ` ${ID}`, signature: referenceSignature(SECRET, ` ${ID}`, NOW, BODY) })),
    'accept',
  ],
  ['an id given with a trailing space', delivery(svix({ id: `${ID} ` })), 'reject'],
  [
    'an id of blanks only',
    delivery(svix({ id: ' ', signature: referenceSignature(SECRET, ' ', NOW, BODY) })),
    'accept',
  ],
  ['a body with one character changed', delivery(svix(), BODY.replace('NoEmail', 'NoEmaiL')), 'reject'],
  ['an empty body, signed', delivery(svix({ signature: referenceSignature(SECRET, ID, NOW, '') }), ''), 'accept'],
  [
    'a body that is not JSON, signed',
    delivery(svix({ signature: referenceSignature(SECRET, ID, NOW, 'not json') }), 'not json'),
    'accept',
  ],
  ['the secret without whsec_', delivery(svix(), BODY, SECRET_BODY), 'accept'],
  ['the secret without its padding', delivery(svix(), BODY, SECRET.replace(/=+$/, '')), 'accept'],
  // A lone character after the last group of four is never decoded by the references' base64.
  [
    'a secret with a stray character after its groups of four',
    delivery(svix({ signature: referenceSignature(SECRET_30, ID, NOW, BODY) }), BODY, `${SECRET_30}!`),
    'accept',
  ],
  // The same lone character: a 32-character secret (as Resend's are) read from a file with its newline.
  [
    'a 32-character secret with a trailing newline',
    delivery(svix({ signature: referenceSignature(SECRET_24, ID, NOW, BODY) }), BODY, `${SECRET_24}\n`),
    'accept',
  ],
  ['another secret', delivery(svix(), BODY, OTHER_SECRET), 'reject'],
  ['a secret of three characters', delivery(svix(), BODY, 'whsec_YWJ'), 'reject'],
  ['a secret with three padding characters', delivery(svix(), BODY, 'whsec_YQ==='), 'reject'],
];

describe('verdicts side by side with svix and standardwebhooks', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW * 1000);
  });
  afterAll(() => void vi.useRealTimers());

  it.each(rows)('%s', async (_name, input, verdict) => {
    const verdicts = {
      ours: await ourVerdict(input),
      svix: svixVerdict(input),
      ...(usesSvixNames(input.headers) ? {} : { standardwebhooks: standardVerdict(input) }),
    };
    const expected = Object.fromEntries(Object.keys(verdicts).map((name) => [name, verdict]));
    expect(verdicts).toEqual(expected);
    // The same delivery under the webhook-* names, which all three read.
    const names = Object.keys(input.headers);
    if (!names.every((name) => /^svix-(id|timestamp|signature)$/.test(name))) return;
    const renamed = {
      ...input,
      headers: Object.fromEntries(names.map((name) => [name.replace('svix-', 'webhook-'), input.headers[name]!])),
    };
    const all = {
      ours: await ourVerdict(renamed),
      svix: svixVerdict(renamed),
      standardwebhooks: standardVerdict(renamed),
    };
    expect(all).toEqual({ ours: verdict, svix: verdict, standardwebhooks: verdict });
  });
});

describe('where the references disagree with each other', () => {
  it('refuses a secret of no bytes (whsec_ alone), as standardwebhooks 1.1 does; svix (on standardwebhooks 1.0) takes it as an empty key', async () => {
    const input = delivery(
      standard({
        signature: `v1,${createHmac('sha256', Buffer.alloc(0)).update(`${ID}.${NOW}.${BODY}`).digest('base64')}`,
      }),
      BODY,
      'whsec_',
    );
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW * 1000);
    try {
      expect({
        ours: await ourVerdict(input),
        standardwebhooks: standardVerdict(input),
        svix: svixVerdict(input),
      }).toEqual({ ours: 'reject', standardwebhooks: 'reject', svix: 'accept' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('where this package takes more than the references', () => {
  // Whitespace at either end of a secret is trimmed here (secret.ts says why): the key is the one the
  // trimmed secret holds, which the references take; they refuse the untrimmed text.
  it.each([
    ['the secret with a trailing newline', `${SECRET}\n`],
    ['the secret with a trailing CRLF', `${SECRET}\r\n`],
    ['the secret with a leading space', ` ${SECRET}`],
  ])('accepts %s as the key the references take without it', async (_name, secret) => {
    const input = delivery(standard(), BODY, secret);
    const trimmed = { ...input, secret: SECRET };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW * 1000);
    try {
      expect({
        ours: await ourVerdict(input),
        svix: svixVerdict(input),
        standardwebhooks: standardVerdict(input),
        svixTrimmed: svixVerdict(trimmed),
        standardwebhooksTrimmed: standardVerdict(trimmed),
      }).toEqual({
        ours: 'accept',
        svix: 'reject',
        standardwebhooks: 'reject',
        svixTrimmed: 'accept',
        standardwebhooksTrimmed: 'accept',
      });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('where this package and the references part: a body that is not UTF-8', () => {
  // Resend's bodies are JSON, always UTF-8. The references decode a byte body to text first (each
  // invalid byte becomes U+FFFD) and check the signature over that text; this package checks the
  // bytes it was given, so no two different bodies share one signature.
  const bytes = Buffer.concat([
    Buffer.from('{"type":"email.sent","data":{"subject":"'),
    Buffer.of(0xff),
    Buffer.from('"}}'),
  ]);
  const key = Buffer.from(SECRET_BODY, 'base64');
  const signedOver = (signed: Buffer) =>
    `v1,${createHmac('sha256', key)
      .update(Buffer.concat([Buffer.from(`${ID}.${NOW}.`), signed]))
      .digest('base64')}`;
  const verdicts = async (signature: string) => {
    const headers = standard({ signature });
    const ours = await verifyWebhook({ payload: new Uint8Array(bytes), headers, secret: SECRET }).then(
      () => 'accept',
      (error: unknown) => (isWebhookVerificationError(error) && error.code === 'invalid_payload' ? 'accept' : 'reject'),
    );
    const reference = (verify: () => unknown) => {
      try {
        verify();
        return 'accept';
      } catch (error) {
        return error instanceof SyntaxError ? 'accept' : 'reject';
      }
    };
    return {
      ours,
      svix: reference(() => new SvixWebhook(SECRET).verify(bytes, headers)),
      standardwebhooks: reference(() => new StandardWebhook(SECRET).verify(bytes, headers)),
    };
  };

  it('accepts a signature over the bytes as sent, which the references refuse', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW * 1000);
    try {
      expect(await verdicts(signedOver(bytes))).toEqual({ ours: 'accept', svix: 'reject', standardwebhooks: 'reject' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a signature over the body decoded with U+FFFD, which the references accept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW * 1000);
    try {
      const lossy = Buffer.from(new TextDecoder().decode(bytes));
      expect(await verdicts(signedOver(lossy))).toEqual({ ours: 'reject', svix: 'accept', standardwebhooks: 'accept' });
    } finally {
      vi.useRealTimers();
    }
  });
});
