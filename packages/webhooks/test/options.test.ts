/** Options are checked up front: a value out of range is refused with `invalid_option`, never taken as it comes. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { expectErrorModel } from '../../client/test/error-shape.js';
import { HANDLER_OPTION_NAMES } from '../src/handler.js';
import { SIGN_INPUT_NAMES } from '../src/sign.js';
import {
  isWebhookOptionError,
  type SignWebhookInput,
  signWebhook,
  verifyWebhook,
  webhookHandler,
  WebhookOptionError,
  type WebhookHandlerOptions,
} from '../src/index.js';
import { BODY, SECRET } from './fixtures.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function thrown(run: () => unknown): WebhookOptionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookOptionError);
    return error as WebhookOptionError;
  }
  return expect.unreachable('expected invalid_option');
}

const invalid: [keyof WebhookHandlerOptions, unknown, string][] = [
  ['toleranceSeconds', Number.NaN, 'NaN'],
  ['toleranceSeconds', -1, '-1'],
  ['toleranceSeconds', Number.POSITIVE_INFINITY, 'Infinity'],
  ['toleranceSeconds', '300', '"300"'],
  ['maxPayloadBytes', Number.NaN, 'NaN'],
  ['maxPayloadBytes', 1.5, '1.5'],
  ['maxPayloadBytes', -1, '-1'],
  ['maxPayloadBytes', Number.POSITIVE_INFINITY, 'Infinity'],
  ['now', 12, 'number'],
  ['dedupeTtlSeconds', 0, '0'],
  ['dedupeTtlSeconds', Number.NaN, 'NaN'],
  ['dedupe', new Map(), 'object'],
  ['dedupe', null, 'null'],
  ['onError', 'log', 'string'],
];

describe('option checks', () => {
  it.each(invalid)(
    'webhookHandler refuses %s = %s at construction, naming the option and the value',
    (option, value, shown) => {
      const error = thrown(() => webhookHandler(SECRET, {}, { [option]: value }));
      expect(error).toMatchObject({ code: 'invalid_option', option });
      expect(error.message).toContain(option);
      expect(error.message).toContain(`(got ${shown})`);
      expectErrorModel(error, 'WebhookOptionError', isWebhookOptionError, { option });
    },
  );

  it('verifyWebhook refuses a NaN tolerance instead of accepting a 400-day-old delivery', async () => {
    const old = Date.now() - 400 * DAY_MS;
    const headers = await signWebhook({ payload: BODY, secret: SECRET, timestamp: new Date(old) });
    await expect(
      verifyWebhook({ payload: BODY, headers, secret: SECRET, toleranceSeconds: Number.NaN }),
    ).rejects.toMatchObject({ code: 'invalid_option', option: 'toleranceSeconds' });
  });

  it('verifyWebhook refuses a NaN size cap instead of lifting it', async () => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET });
    await expect(
      verifyWebhook({ payload: BODY, headers, secret: SECRET, maxPayloadBytes: Number.NaN }),
    ).rejects.toMatchObject({ code: 'invalid_option', option: 'maxPayloadBytes' });
  });

  it('refuses a clock that returns no finite number, rather than skipping the tolerance', async () => {
    const headers = await signWebhook({
      payload: BODY,
      secret: SECRET,
      timestamp: new Date(Date.now() - 400 * DAY_MS),
    });
    await expect(
      verifyWebhook({ payload: BODY, headers, secret: SECRET, now: () => Number.NaN }),
    ).rejects.toMatchObject({ code: 'invalid_option', option: 'now' });
  });

  it('verifyWebhook verifies with the options it checked, even when the input changes while it runs', async () => {
    // An input object shared between calls (or changed by the caller) must not switch a check off
    // once it has passed: a NaN set after the check disabled the tolerance.
    const headers = await signWebhook({ payload: BODY, secret: SECRET, timestamp: new Date(Date.now() - DAY_MS) });
    const input = { payload: BODY, headers, secret: SECRET, toleranceSeconds: 300 };
    const verifying = verifyWebhook(input);
    input.toleranceSeconds = Number.NaN;
    await expect(verifying).rejects.toMatchObject({ code: 'timestamp_too_old' });
  });

  it('refuses handlers that are not an object of functions, and a non-object input or options', async () => {
    expect(thrown(() => webhookHandler(SECRET, null as never))).toMatchObject({ option: 'handlers' });
    expect(thrown(() => webhookHandler(SECRET, { 'email.bounced': 'not a function' as never }))).toMatchObject({
      option: 'handlers["email.bounced"]',
    });
    expect(thrown(() => webhookHandler(SECRET, {}, null as never))).toMatchObject({ option: 'options' });
    await expect(verifyWebhook(null as never)).rejects.toMatchObject({ code: 'invalid_option' });
  });

  it('takes the edges of each range', () => {
    expect(() =>
      webhookHandler(
        SECRET,
        {},
        { toleranceSeconds: 0, maxPayloadBytes: 0, dedupeTtlSeconds: 1, now: Date.now, onError: () => undefined },
      ),
    ).not.toThrow();
  });
});

describe('option names', () => {
  it.each([
    ['dedup', 'webhookHandler has no option "dedup" (did you mean dedupe?).'],
    ['onerror', 'webhookHandler has no option "onerror" (did you mean onError?).'],
    ['tolerance', 'webhookHandler has no option "tolerance" (did you mean toleranceSeconds?).'],
    ['store', `webhookHandler has no option "store"; the options are ${HANDLER_OPTION_NAMES.join(', ')}.`],
  ])('webhookHandler refuses the misspelt option %s instead of leaving its default in force', (option, message) => {
    // A misspelt `dedupe` left the in-process store in force: each instance would run a delivery once.
    const error = thrown(() => webhookHandler(SECRET, {}, { [option]: new Set() } as never));
    expect(error).toMatchObject({ code: 'invalid_option', option, message });
    expectErrorModel(error, 'WebhookOptionError', isWebhookOptionError, { option });
  });

  it('signWebhook refuses a misspelt input name instead of signing with the default', async () => {
    // A test meant to sign a stale delivery would have signed a fresh one, and proved nothing.
    await expect(signWebhook({ payload: BODY, secret: SECRET, timestampSeconds: 1 } as never)).rejects.toMatchObject({
      code: 'invalid_option',
      option: 'timestampSeconds',
      message: 'signWebhook has no option "timestampSeconds" (did you mean timestamp?).',
    });
  });

  it('still takes a handler for any event type, as before: the handlers are no options', () => {
    expect(() => webhookHandler(SECRET, { 'email.unknown': () => undefined } as never)).not.toThrow();
  });

  it('knows every option of WebhookHandlerOptions and SignWebhookInput by name, and no other', () => {
    expectTypeOf<(typeof HANDLER_OPTION_NAMES)[number]>().toEqualTypeOf<keyof WebhookHandlerOptions>();
    expectTypeOf<(typeof SIGN_INPUT_NAMES)[number]>().toEqualTypeOf<keyof SignWebhookInput>();
    expect(new Set(HANDLER_OPTION_NAMES).size).toBe(HANDLER_OPTION_NAMES.length);
  });
});
