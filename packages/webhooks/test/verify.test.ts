import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  isWebhookVerificationError,
  signWebhook,
  verifyWebhook,
  WebhookVerificationError,
  type WebhookEvent,
} from '../src/index.js';
import { BODY, bounced, OTHER_SECRET, refusal, SECRET, SECRET_BODY } from './fixtures.js';

describe('verifyWebhook', () => {
  it('returns the event typed by `type` for a correctly signed body', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    const event = await verifyWebhook({ payload: BODY, headers, secret: SECRET });
    expect(event).toEqual(bounced);
    expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
    if (event.type === 'email.bounced') {
      expectTypeOf(event.data.bounce.type).toEqualTypeOf<'Undetermined' | 'Transient' | 'Permanent'>();
      expect(event.data.bounce.subType).toBe('NoEmail');
    } else expect.unreachable('narrowed to email.bounced');
  });

  it('verifies the raw bytes: Uint8Array and ArrayBuffer bodies pass, a re-serialised body does not', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    const bytes = new TextEncoder().encode(BODY);
    await expect(verifyWebhook({ payload: bytes, headers, secret: SECRET })).resolves.toEqual(bounced);
    await expect(verifyWebhook({ payload: bytes.buffer, headers, secret: SECRET })).resolves.toEqual(bounced);
    const reserialised = JSON.stringify(JSON.parse(BODY));
    expect((await refusal(verifyWebhook({ payload: reserialised, headers, secret: SECRET }))).code).toBe(
      'invalid_signature',
    );
  });

  it('returns the event of the bytes it verified when the caller changes its buffer during the HMAC', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    const bytes = new TextEncoder().encode(BODY);
    // Another writer of the caller's buffer, at work while the signature is computed: an event with
    // another type would come from bytes nobody verified.
    const forged = new TextEncoder().encode(BODY.replace('email.bounced', 'email.clicked'));
    const sign = crypto.subtle.sign.bind(crypto.subtle);
    const spy = vi.spyOn(crypto.subtle, 'sign').mockImplementation((...args: Parameters<SubtleCrypto['sign']>) => {
      bytes.set(forged);
      return sign(...args);
    });
    try {
      await expect(verifyWebhook({ payload: bytes, headers, secret: SECRET })).resolves.toEqual(bounced);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('reads headers from a Headers object or a record in any letter case, arrays joined', async () => {
    const signed = await signWebhook({ payload: BODY, secret: SECRET });
    const upper = {
      'SVIX-ID': signed['svix-id'],
      'Svix-Timestamp': signed['svix-timestamp'],
      'svix-SIGNATURE': [signed['svix-signature']],
    };
    await expect(verifyWebhook({ payload: BODY, headers: upper, secret: SECRET })).resolves.toEqual(bounced);
    await expect(verifyWebhook({ payload: BODY, headers: new Headers(signed), secret: SECRET })).resolves.toEqual(
      bounced,
    );
  });

  it('accepts the secret with or without the whsec_ prefix', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET_BODY });
    await expect(verifyWebhook({ payload: BODY, headers, secret: SECRET })).resolves.toEqual(bounced);
    await expect(verifyWebhook({ payload: BODY, headers, secret: SECRET_BODY })).resolves.toEqual(bounced);
  });

  it('passes when any v1 signature matches (secret rotation) and ignores other versions', async () => {
    const both = await signWebhook({
      payload: BODY,
      secret: [OTHER_SECRET, SECRET],
      id: 'msg_rot',
      timestamp: new Date(),
    });
    expect(both['svix-signature'].split(' ')).toHaveLength(2);
    await expect(verifyWebhook({ payload: BODY, headers: both, secret: SECRET })).resolves.toEqual(bounced);
    await expect(verifyWebhook({ payload: BODY, headers: both, secret: OTHER_SECRET })).resolves.toEqual(bounced);
    const own = (
      await signWebhook({ payload: BODY, secret: SECRET, id: 'msg_rot', timestamp: Number(both['svix-timestamp']) })
    )['svix-signature'];
    const asV2 = { ...both, 'svix-signature': `v1a,garbage ${own.replace('v1,', 'v2,')}` };
    expect((await refusal(verifyWebhook({ payload: BODY, headers: asV2, secret: SECRET }))).code).toBe(
      'invalid_signature',
    );
  });

  it('refuses a wrong secret, a tampered body, a changed id and a truncated signature', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    // Thunks, not promises: a rejection created before it is awaited reaches the runtime as unhandled.
    const cases = [
      () => verifyWebhook({ payload: BODY, headers, secret: OTHER_SECRET }),
      () => verifyWebhook({ payload: BODY.replace('NoEmail', 'General'), headers, secret: SECRET }),
      () => verifyWebhook({ payload: BODY, headers: { ...headers, 'svix-id': 'msg_other' }, secret: SECRET }),
      () =>
        verifyWebhook({
          payload: BODY,
          headers: { ...headers, 'svix-signature': headers['svix-signature'].slice(0, -4) },
          secret: SECRET,
        }),
    ];
    for (const attempt of cases) expect((await refusal(attempt())).code).toBe('invalid_signature');
  });

  it('applies the timestamp tolerance in both directions (default 5 minutes, configurable)', async () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    const at = (offsetSeconds: number) =>
      signWebhook({ payload: BODY, secret: SECRET, timestamp: now / 1000 + offsetSeconds });
    const check = async (offset: number, toleranceSeconds?: number) =>
      verifyWebhook({ payload: BODY, headers: await at(offset), secret: SECRET, now: () => now, toleranceSeconds });
    await expect(check(-299)).resolves.toEqual(bounced);
    await expect(check(299)).resolves.toEqual(bounced);
    expect((await refusal(check(-301))).code).toBe('timestamp_too_old');
    expect((await refusal(check(301))).code).toBe('timestamp_too_new');
    await expect(check(-3600, 7200)).resolves.toEqual(bounced);
    expect((await refusal(check(-31, 30))).code).toBe('timestamp_too_old');
  });

  it('names the missing or malformed header', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    for (const name of ['svix-id', 'svix-timestamp', 'svix-signature'] as const) {
      const { [name]: _dropped, ...rest } = headers;
      const error = await refusal(verifyWebhook({ payload: BODY, headers: rest, secret: SECRET }));
      expect(error.code).toBe('missing_header');
      expect(error.message).toContain(name);
    }
    const bad = await refusal(
      verifyWebhook({ payload: BODY, headers: { ...headers, 'svix-timestamp': 'at noon' }, secret: SECRET }),
    );
    expect(bad).toMatchObject({ code: 'invalid_header', message: expect.stringContaining('svix-timestamp') });
  });

  it('refuses bodies over maxPayloadBytes before hashing', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    const error = await refusal(verifyWebhook({ payload: BODY, headers, secret: SECRET, maxPayloadBytes: 100 }));
    expect(error.code).toBe('payload_too_large');
  });

  it('refuses a string payload longer than maxPayloadBytes without encoding it', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    const payload = 'x'.repeat(101);
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    try {
      const error = await refusal(verifyWebhook({ payload, headers, secret: SECRET, maxPayloadBytes: 100 }));
      expect(error).toMatchObject({
        code: 'payload_too_large',
        message: 'The body is at least 101 bytes, more than the 100-byte limit.',
      });
      expect(encode.mock.calls.filter(([text]) => text === payload)).toEqual([]);
    } finally {
      encode.mockRestore();
    }
  });

  it('refuses a string payload within maxPayloadBytes in length whose UTF-8 is over it, with its size', async () => {
    // 60 characters, 120 bytes of UTF-8.
    const payload = 'é'.repeat(60);
    const headers = await signWebhook({ payload, secret: SECRET });
    const error = await refusal(verifyWebhook({ payload, headers, secret: SECRET, maxPayloadBytes: 100 }));
    expect(error).toMatchObject({
      code: 'payload_too_large',
      message: 'The body is 120 bytes, more than the 100-byte limit.',
    });
  });

  it('accepts a string payload exactly maxPayloadBytes long', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    const maxPayloadBytes = new TextEncoder().encode(BODY).length;
    await expect(verifyWebhook({ payload: BODY, headers, secret: SECRET, maxPayloadBytes })).resolves.toEqual(bounced);
  });

  it('refuses a correctly signed body that is not a JSON event', async () => {
    for (const payload of ['not json', '[1,2]', '{"data":{}}']) {
      const headers = await signWebhook({ payload, secret: SECRET });
      expect((await refusal(verifyWebhook({ payload, headers, secret: SECRET }))).code).toBe('invalid_payload');
    }
  });

  it('refuses an empty, missing or non-base64 secret with invalid_secret', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    for (const secret of [undefined, '', 'whsec_', 'whsec_not base64!']) {
      expect((await refusal(verifyWebhook({ payload: BODY, headers, secret }))).code).toBe('invalid_secret');
    }
  });

  it('never puts the secret or the expected signature in a message, inspect output or JSON', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    const errors = [
      await refusal(verifyWebhook({ payload: 'x', headers, secret: SECRET })),
      await refusal(verifyWebhook({ payload: BODY, headers, secret: OTHER_SECRET })),
      await refusal(verifyWebhook({ payload: BODY, headers, secret: `${SECRET}!` })),
      await refusal(verifyWebhook({ payload: BODY, headers: {}, secret: SECRET })),
    ];
    for (const error of errors) {
      const shown = [
        error.message,
        String(error.stack),
        inspect(error, { depth: 10, showHidden: true }),
        JSON.stringify(error),
      ].join('\n');
      for (const secret of [SECRET, SECRET_BODY, OTHER_SECRET.slice(6), headers['svix-signature'].slice(3)])
        expect(shown).not.toContain(secret);
    }
  });

  it('isWebhookVerificationError recognises the error, also from another copy of the package', () => {
    expect(isWebhookVerificationError(new WebhookVerificationError('invalid_signature', 'x'))).toBe(true);
    // Another copy's error carries the same brand, holding the class's kind.
    const foreign = Object.assign(new Error('x'), { [Symbol.for('resendkit.error')]: 'WebhookVerificationError' });
    expect(isWebhookVerificationError(foreign)).toBe(true);
    expect(
      isWebhookVerificationError(
        Object.assign(new Error('x'), { name: 'WebhookVerificationError', code: 'invalid_signature' }),
      ),
    ).toBe(false);
    expect(isWebhookVerificationError(new Error('x'))).toBe(false);
  });
});

describe('signWebhook', () => {
  it('returns the three headers with the given id and timestamp, and a msg_ id by default', async () => {
    const fixed = await signWebhook({
      payload: BODY,
      secret: SECRET,
      id: 'msg_1',
      timestamp: new Date(1_700_000_000_500),
    });
    expect(fixed).toMatchObject({
      'svix-id': 'msg_1',
      'svix-timestamp': '1700000000',
      'svix-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]{43}=$/),
    });
    const random = await signWebhook({ payload: BODY, secret: SECRET });
    expect(random['svix-id']).toMatch(/^msg_[A-Za-z0-9]{20,}$/);
    expect(Math.abs(Number(random['svix-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
  });

  it('refuses a timestamp it cannot write in digits (1e21 s) rather than signing one read back as 1 s', async () => {
    // `String(1e21)` is "1e+21", which verifiers read as 1: a delivery meant to be from the far future
    // came out as one from 1970.
    for (const timestamp of [1e21, Number.MAX_VALUE])
      expect((await refusal(signWebhook({ payload: BODY, secret: SECRET, timestamp }))).code).toBe('invalid_header');
  });

  it('signs with the input it checked, even when the caller changes the input while it signs', async () => {
    const input = { payload: BODY, secret: SECRET, id: 'msg_kept' };
    const signing = signWebhook(input);
    input.id = 5 as never;
    const headers = await signing;
    expect(headers['svix-id']).toBe('msg_kept');
    await expect(verifyWebhook({ payload: BODY, headers, secret: SECRET })).resolves.toEqual(bounced);
  });

  it('refuses an id longer than verifyWebhook accepts, naming its length', async () => {
    const error = await refusal(signWebhook({ payload: BODY, secret: SECRET, id: 'x'.repeat(300) }));
    expect(error).toMatchObject({ code: 'invalid_header', message: expect.stringContaining('at most 256 characters') });
    // The longest id the verifier accepts is still signed, and verifies.
    const headers = await signWebhook({ payload: BODY, secret: SECRET, id: 'x'.repeat(256) });
    await expect(verifyWebhook({ payload: BODY, headers, secret: SECRET })).resolves.toEqual(bounced);
  });

  it('refuses a bad secret, an empty secret list, a bad id or timestamp with typed errors', async () => {
    expect((await refusal(signWebhook({ payload: BODY, secret: 'nope nope' }))).code).toBe('invalid_secret');
    expect((await refusal(signWebhook({ payload: BODY, secret: [] }))).code).toBe('invalid_secret');
    expect((await refusal(signWebhook({ payload: BODY, secret: SECRET, id: 'a b' }))).code).toBe('invalid_header');
    expect((await refusal(signWebhook({ payload: BODY, secret: SECRET, timestamp: Number.NaN }))).code).toBe(
      'invalid_header',
    );
  });
});
