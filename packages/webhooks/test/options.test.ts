/** Options are checked up front: a value out of range is refused with `invalid_option`, never taken as it comes. */
import { describe, expect, it } from 'vitest';
import { expectErrorModel } from '../../client/test/error-shape.js';
import {
  isWebhookOptionError,
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
