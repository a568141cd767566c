/**
 * Arguments of the wrong kind are refused with `invalid_option` naming the argument and only the kind
 * it got: never a bare `TypeError`, never read as something else (a parsed body as empty bytes), and
 * never a secret's text in the message when a secret is passed in the wrong place.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { expectErrorModel } from '../../client/test/error-shape.js';
import {
  isWebhookOptionError,
  readWebhookHeaders,
  signWebhook,
  verifyWebhook,
  webhookHandler,
  WebhookOptionError,
  WebhookVerificationError,
} from '../src/index.js';
import { BODY, bounced, SECRET, SECRET_BODY } from './fixtures.js';

/** What `run` threw or rejected with. */
async function failure(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return expect.unreachable('expected a refusal');
}

/** Asserts an `invalid_option` refusal of `option`, saying it got `kind`, that follows the error model. */
async function expectRefused(run: () => unknown, option: string, kind: string): Promise<void> {
  const error = await failure(run);
  expect(error).toBeInstanceOf(WebhookOptionError);
  expect(error).toMatchObject({ code: 'invalid_option', option });
  expect((error as Error).message).toContain(`${option} must be`);
  expect((error as Error).message).toContain(`(got ${kind})`);
  expectErrorModel(error, 'WebhookOptionError', isWebhookOptionError, { option });
}

const signed = () => signWebhook({ payload: BODY, secret: SECRET });

describe('kinds of arguments', () => {
  it.each([
    ['number', 42],
    ['null', null],
    ['object', { secret: SECRET }],
    ['array', [SECRET]],
  ])('refuses a secret that is not a string, naming it (got %s)', async (kind, secret) => {
    await expectRefused(() => webhookHandler(secret as never, {}), 'secret', kind);
    const headers = await signed();
    await expectRefused(() => verifyWebhook({ payload: BODY, headers, secret: secret as never }), 'secret', kind);
  });

  it('still answers an unset secret (undefined) with 500 per request, not at construction', async () => {
    const handle = webhookHandler(undefined, {});
    const request = new Request('http://localhost/', { method: 'POST', body: BODY, headers: await signed() });
    expect((await handle(request)).status).toBe(500);
  });

  it('refuses a signing secret list holding anything but strings, and a secret of another kind', async () => {
    await expectRefused(() => signWebhook({ payload: BODY, secret: [SECRET, 42] as never }), 'secret', 'array');
    await expectRefused(() => signWebhook({ payload: BODY, secret: 42 as never }), 'secret', 'number');
  });

  it('refuses an unset signing secret with invalid_secret, as verifyWebhook does, not a TypeError', async () => {
    const error = await failure(() => signWebhook({ payload: BODY, secret: undefined as never }));
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({ code: 'invalid_secret' });
  });

  it.each([
    ['object', bounced],
    ['undefined', undefined],
    ['array', [1, 2]],
    ['boolean', true],
  ])(
    'refuses a payload that is not a string or bytes (got %s) instead of verifying made-up bytes',
    async (kind, payload) => {
      const headers = await signed();
      await expectRefused(() => verifyWebhook({ payload: payload as never, headers, secret: SECRET }), 'payload', kind);
      await expectRefused(() => signWebhook({ payload: payload as never, secret: SECRET }), 'payload', kind);
    },
  );

  it('tells a caller who passed a parsed body (express.json()) to pass the raw body read before parsing', async () => {
    const headers = await signed();
    const error = await failure(() => verifyWebhook({ payload: JSON.parse(BODY) as never, headers, secret: SECRET }));
    expect(error).toMatchObject({ code: 'invalid_option' });
    expect((error as Error).message).toContain('the raw body');
    expect((error as Error).message).toContain('before any JSON parsing');
  });

  it('takes a payload as a string, a Uint8Array, a Buffer, an ArrayBuffer or bytes from another realm', async () => {
    const headers = await signed();
    const bytes = new TextEncoder().encode(BODY);
    const foreign = runInNewContext('new Uint8Array(bytes)', { bytes: [...bytes] }) as Uint8Array;
    expect(foreign).not.toBeInstanceOf(Uint8Array);
    for (const payload of [BODY, bytes, Buffer.from(BODY), bytes.slice().buffer, foreign])
      await expect(verifyWebhook({ payload, headers, secret: SECRET })).resolves.toEqual(bounced);
  });

  it.each([
    ['undefined', undefined],
    ['string', 'text'],
    ['array', []],
  ])('refuses a verifyWebhook or signWebhook input that is not an object (got %s)', async (kind, input) => {
    await expectRefused(() => verifyWebhook(input as never), 'verifyWebhook input', kind);
    await expectRefused(() => signWebhook(input as never), 'signWebhook input', kind);
  });

  it.each([
    ['number', 42],
    ['null', null],
    ['array', ['msg_1']],
  ])('refuses a message id that is not a string (got %s) instead of failing with a TypeError', async (kind, id) => {
    await expectRefused(() => signWebhook({ payload: BODY, secret: SECRET, id: id as never }), 'id', kind);
  });

  it('refuses headers given as an array of pairs, naming the kind rather than a missing svix-id', async () => {
    const pairs = Object.entries(await signed());
    const error = await failure(() => readWebhookHeaders(pairs as never));
    expect(error).toMatchObject({ code: 'missing_header', message: expect.stringContaining('(got array)') });
    await expect(verifyWebhook({ payload: BODY, headers: pairs as never, secret: SECRET })).rejects.toMatchObject({
      code: 'missing_header',
      message: expect.stringContaining('(got array)'),
    });
  });

  it('never echoes a secret passed in the wrong place, naming only its kind', async () => {
    const misplaced: [() => unknown, string][] = [
      [() => webhookHandler(SECRET, SECRET as never), 'handlers'],
      [() => webhookHandler(SECRET, { 'email.bounced': SECRET as never }), 'handlers["email.bounced"]'],
      [() => webhookHandler(SECRET, {}, SECRET as never), 'options'],
      [() => webhookHandler(SECRET, {}, { onError: SECRET as never }), 'onError'],
      [() => webhookHandler(SECRET, {}, { now: SECRET as never }), 'now'],
      [() => webhookHandler(SECRET, {}, { dedupe: SECRET as never }), 'dedupe'],
      [() => verifyWebhook(SECRET as never), 'verifyWebhook input'],
      [() => signWebhook(SECRET as never), 'signWebhook input'],
    ];
    for (const [run, option] of misplaced) {
      const error = await failure(run);
      expect(error, option).toMatchObject({ code: 'invalid_option', option });
      const shown = `${(error as Error).message} ${JSON.stringify(error)}`;
      expect(shown, option).toContain('(got string)');
      expect(shown, option).not.toContain(SECRET_BODY.slice(0, 12));
    }
  });
});
