/**
 * Property-based: random and mutated deliveries get the same authentic/forged verdict from
 * `verifyWebhook` as from `svix` and (under `webhook-*` names) `standardwebhooks`. Seeded by
 * fast-check (a failure prints its seed and the shrunk counterexample); the run counts keep the file
 * to a few seconds.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** ASCII whitespace at either end, which verifyWebhook trims from a secret and the references do not. */
const trimmed = (secret: string) => secret.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');

/**
 * Our verdict is the references' on the secret trimmed of whitespace at either end (a trailing
 * newline, a leading space), the one place this package takes more than they do; see secret.ts.
 */
async function expectSameVerdicts(delivery: Delivery, tally?: Record<Verdict, number>): Promise<void> {
  const ours = await ourVerdict(delivery);
  const reference = { ...delivery, secret: trimmed(delivery.secret) };
  expect(ours, 'svix').toBe(svixVerdict(reference));
  if (!usesSvixNames(delivery.headers)) expect(ours, 'standardwebhooks').toBe(standardVerdict(reference));
  if (tally) tally[ours]++;
}

const secretArb = fc
  .uint8Array({ minLength: 1, maxLength: 48 })
  .map((bytes) => `whsec_${Buffer.from(bytes).toString('base64')}`);
const idArb = fc.oneof(fc.stringMatching(/^msg_[A-Za-z0-9]{1,24}$/), fc.string({ maxLength: 20 }));
const eventArb = fc
  .record({
    type: fc.constantFrom('email.sent', 'email.bounced', 'contact.created'),
    data: fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  })
  .map((event) => JSON.stringify(event));
const bodyArb = fc.oneof(
  eventArb,
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  fc.string({ maxLength: 20, unit: 'binary' }),
);
/** Seconds from now: mostly inside the 300 s tolerance, its edges, and far off. */
const offsetArb = fc.oneof(
  fc.integer({ min: -320, max: 320 }),
  fc.constantFrom(-301, -300, 300, 301),
  fc.integer({ min: -1e9, max: 1e9 }),
);

/** One change an attacker, a proxy or a careless sender could make to a valid delivery. */
type Mutation = (d: {
  secret: string;
  id: string;
  seconds: number;
  body: string;
  signature: string;
}) => Partial<Delivery> & { names?: 'svix' | 'webhook' | 'upper' | 'mixed' };

const signatureBytes = (signature: string) => Buffer.from(signature.slice(3), 'base64');
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>(() => ({})),
  fc.constantFrom<Mutation>(
    () => ({ names: 'webhook' }),
    () => ({ names: 'upper' }),
    () => ({ names: 'mixed' }),
  ),
  fc.nat({ max: 255 }).map<Mutation>((bit) => ({ signature }) => {
    const bytes = signatureBytes(signature);
    bytes[bit >> 3]! ^= 1 << (bit & 7);
    return { headers: { 'svix-signature': `v1,${bytes.toString('base64')}` } };
  }),
  fc.constant<Mutation>(({ signature }) => ({ headers: { 'svix-signature': signature.replace(/=+$/, '') } })),
  fc.constant<Mutation>(({ signature }) => ({
    headers: { 'svix-signature': `v1,${signatureBytes(signature).toString('base64url')}` },
  })),
  fc.nat({ max: 3 }).map<Mutation>((bits) => ({ signature }) => {
    // The same bytes with other unused low bits in the last character (or the same text when bits is 0).
    const at = signature.length - 2;
    return {
      headers: {
        'svix-signature': `${signature.slice(0, at)}${BASE64[(BASE64.indexOf(signature[at]!) & ~3) | bits]}=`,
      },
    };
  }),
  fc
    .tuple(fc.array(fc.constantFrom('v1,AAAA', 'v1a,xyz', 'v2,', 'v1,', ''), { maxLength: 3 }), fc.boolean())
    .map<Mutation>(([extra, before]) => ({ signature }) => ({
      headers: { 'svix-signature': (before ? [...extra, signature] : [signature, ...extra]).join(' ') },
    })),
  fc.constantFrom('v1a,', 'v2,', 'V1,', 'v1 ,', 'v1, ', ',v1,').map<Mutation>((prefix) => ({ signature }) => ({
    headers: { 'svix-signature': `${prefix}${signature.slice(3)}` },
  })),
  fc
    .tuple(fc.constantFrom(' ', '  ', '\t', '\n', ','), fc.boolean())
    .map<Mutation>(([blank, before]) => ({ signature }) => ({
      headers: { 'svix-signature': before ? `${blank}${signature}` : `${signature}${blank}` },
    })),
  fc
    .constantFrom('0', '00', '+', ' ', '-')
    .map<Mutation>((prefix) => ({ seconds }) => ({ headers: { 'svix-timestamp': `${prefix}${seconds}` } })),
  fc
    .constantFrom('.5', 'abc', ' ', 'e3', '0')
    .map<Mutation>((suffix) => ({ seconds }) => ({ headers: { 'svix-timestamp': `${seconds}${suffix}` } })),
  fc.string({ maxLength: 12 }).map<Mutation>((timestamp) => () => ({ headers: { 'svix-timestamp': timestamp } })),
  fc.string({ maxLength: 4 }).map<Mutation>((extra) => ({ id }) => ({ headers: { 'svix-id': `${id}${extra}` } })),
  fc.constantFrom(' ', '').map<Mutation>((blank) => ({ id }) => ({ headers: { 'svix-id': `${blank}${id.trim()}` } })),
  fc.string({ minLength: 1, maxLength: 3 }).map<Mutation>((extra) => ({ body }) => ({ body: `${body}${extra}` })),
  fc.constantFrom<Mutation>(
    ({ secret }) => ({ secret: secret.slice(6) }),
    ({ secret }) => ({ secret: secret.replace(/=+$/, '') }),
    ({ secret }) => ({ secret: `${secret}\n` }),
    ({ secret }) => ({ secret: ` ${secret}` }),
    ({ secret }) => ({ secret: `${secret}A` }),
    ({ secret }) => ({ secret: secret.replace(/=+$/, '') + '!' }),
  ),
  fc
    .constantFrom('svix-id', 'svix-timestamp', 'svix-signature')
    .map<Mutation>((name) => () => ({ headers: { [name]: '' } })),
);

function named(
  headers: Record<string, string>,
  names: 'svix' | 'webhook' | 'upper' | 'mixed' = 'svix',
): Record<string, string> {
  const rename = (name: string, index: number) =>
    names === 'webhook' || (names === 'mixed' && index % 2 === 1)
      ? name.replace('svix-', 'webhook-')
      : names === 'upper'
        ? name.toUpperCase()
        : name;
  return Object.fromEntries(Object.entries(headers).map(([name, value], index) => [rename(name, index), value]));
}

// About a second per test on an idle machine; the timeout leaves room for a loaded one.
describe('verdicts agree with svix and standardwebhooks (property-based)', { timeout: 30_000 }, () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW * 1000);
  });
  afterAll(() => void vi.useRealTimers());

  it('on valid deliveries and every mutation of them', async () => {
    const tally: Record<Verdict, number> = { accept: 0, reject: 0 };
    await fc.assert(
      fc.asyncProperty(secretArb, idArb, bodyArb, offsetArb, mutationArb, async (secret, id, body, offset, mutate) => {
        const seconds = NOW + offset;
        const signature = referenceSignature(secret, id, seconds, body);
        const change = mutate({ secret, id, seconds, body, signature });
        const headers = {
          'svix-id': id,
          'svix-timestamp': String(seconds),
          'svix-signature': signature,
          ...change.headers,
        };
        await expectSameVerdicts(
          { secret: change.secret ?? secret, body: change.body ?? body, headers: named(headers, change.names) },
          tally,
        );
      }),
      { numRuns: 300 },
    );
    // Both verdicts are well represented, so agreement is not agreement on refusing everything.
    expect(tally.accept).toBeGreaterThan(30);
    expect(tally.reject).toBeGreaterThan(30);
  });

  it('on random headers, secrets and bodies', async () => {
    const secretText = fc.oneof(
      secretArb,
      fc.stringMatching(/^(whsec_)?[A-Za-z0-9+/= !_-]{0,12}$/),
      fc.string({ maxLength: 10 }),
    );
    const headerName = fc.constantFrom(
      'svix-id',
      'svix-timestamp',
      'svix-signature',
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
      'Svix-Id',
      'WEBHOOK-SIGNATURE',
      'x-other',
    );
    const headerValue = fc.oneof(
      fc.string({ maxLength: 16 }),
      fc.integer({ min: NOW - 400, max: NOW + 400 }).map(String),
      fc.stringMatching(/^(v1[a-z]?,[A-Za-z0-9+/=]{0,44} ?){1,2}$/),
    );
    await fc.assert(
      fc.asyncProperty(
        secretText,
        fc.dictionary(headerName, headerValue, { maxKeys: 7 }),
        bodyArb,
        async (secret, headers, body) => {
          await expectSameVerdicts({ secret, body, headers });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on random secrets: a secret either reference can use, verifyWebhook can use as the same key', async () => {
    const text = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9+/=]{0,14}$/),
      fc.stringMatching(/^[A-Za-z0-9+/]{4,12}[=!\n ]{0,3}$/),
      fc.stringMatching(/^[\t\r\n ]{0,2}[A-Za-z0-9+/]{4,12}={0,2}[\t\r\n ]{0,2}$/),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.boolean(), text, async (prefixed, raw) => {
        const secret = prefixed ? `whsec_${raw}` : raw;
        // `whsec_` alone: the references disagree with each other (see reference-table.test.ts).
        fc.pre(secret !== 'whsec_');
        // Signed with the key the reference derives, whenever it derives one.
        let signature = 'v1,AAAA';
        try {
          signature = referenceSignature(secret, 'msg_1', NOW, '{"type":"email.sent"}');
        } catch {}
        // Trimming never changes the key of a secret the references take: they take whitespace at
        // an end only as the lone character they ignore after the last group of four.
        if (signature !== 'v1,AAAA')
          expect(referenceSignature(trimmed(secret), 'msg_1', NOW, '{"type":"email.sent"}')).toBe(signature);
        await expectSameVerdicts({
          secret,
          body: '{"type":"email.sent"}',
          headers: { 'webhook-id': 'msg_1', 'webhook-timestamp': String(NOW), 'webhook-signature': signature },
        });
      }),
      { numRuns: 300 },
    );
  });
});
