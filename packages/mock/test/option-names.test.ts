/**
 * Option names the fake does not know: each is a FakeOptionsError naming it (and the nearest known
 * name, or all of them), never ignored, since a misspelt option leaves its default in force
 * (`ratelimit: false` kept the limit on). The known lists are held to the option interfaces.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { FAULT_OPTION_NAMES, QUOTA_OPTION_NAMES } from '../src/check-options.js';
import { FAKE_OPTION_NAMES } from '../src/fake.js';
import {
  createFakeResend,
  type FakeResend,
  type FakeResendOptions,
  type FaultOptions,
  type QuotaOptions,
  type WebhookDeliveryOptions,
} from '../src/index.js';
import { LISTEN_OPTION_NAMES } from '../src/listen-options.js';
import { listen, type ListenOptions } from '../src/server.js';
import { SETTINGS_UPDATE_NAMES, type FakeSettingsUpdate } from '../src/test-api/settings.js';
import { WEBHOOK_OPTION_NAMES } from '../src/webhook-delivery.js';
import { expectRefused, loose } from './refusals.js';

const AUTH = { authorization: 'Bearer re_test_1', 'user-agent': 't/1' };

describe('option names', () => {
  it('knows every option of each option interface by name, and no other', () => {
    expectTypeOf<(typeof FAKE_OPTION_NAMES)[number]>().toEqualTypeOf<keyof FakeResendOptions>();
    expectTypeOf<(typeof FAULT_OPTION_NAMES)[number]>().toEqualTypeOf<keyof FaultOptions>();
    expectTypeOf<(typeof QUOTA_OPTION_NAMES)[number]>().toEqualTypeOf<keyof QuotaOptions>();
    expectTypeOf<(typeof WEBHOOK_OPTION_NAMES)[number]>().toEqualTypeOf<keyof WebhookDeliveryOptions>();
    expectTypeOf<(typeof LISTEN_OPTION_NAMES)[number]>().toEqualTypeOf<keyof ListenOptions>();
    expectTypeOf<(typeof SETTINGS_UPDATE_NAMES)[number]>().toEqualTypeOf<keyof FakeSettingsUpdate>();
    expectTypeOf<(typeof SETTINGS_UPDATE_NAMES)[number]>().toEqualTypeOf<
      keyof Parameters<FakeResend['updateSettings']>[0]
    >();
    for (const names of [FAKE_OPTION_NAMES, FAULT_OPTION_NAMES, WEBHOOK_OPTION_NAMES, LISTEN_OPTION_NAMES])
      expect(new Set(names).size).toBe(names.length);
  });

  it('accepts every known name, an undefined value leaving its default', () => {
    const unset = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, undefined]));
    const fake = createFakeResend({
      ...unset(FAKE_OPTION_NAMES),
      faults: unset(FAULT_OPTION_NAMES),
      quota: unset(QUOTA_OPTION_NAMES),
      webhooks: unset(WEBHOOK_OPTION_NAMES),
    });
    expect(() => fake.setFaults(unset(FAULT_OPTION_NAMES))).not.toThrow();
    expect(() => fake.updateSettings({ faults: null, quota: unset(QUOTA_OPTION_NAMES) })).not.toThrow();
  });

  it.each([
    ['ratelimit', { ratelimit: false }, 'createFakeResend has no option "ratelimit" (did you mean rateLimit?).'],
    [
      'requestPerWindow',
      { requestPerWindow: 100 },
      'createFakeResend has no option "requestPerWindow" (did you mean requestsPerWindow?).',
    ],
    ['window_ms', { window_ms: 50 }, 'createFakeResend has no option "window_ms" (did you mean windowMs?).'],
    ['apiKey', { apiKey: 're_test_1' }, 'createFakeResend has no option "apiKey" (did you mean apiKeys?).'],
    ['fault', { fault: { errorRate: 1 } }, 'createFakeResend has no option "fault" (did you mean faults?).'],
    ['key', { key: 1 }, `createFakeResend has no option "key"; the options are ${FAKE_OPTION_NAMES.join(', ')}.`],
  ])(
    'refuses createFakeResend with the unknown option %s instead of leaving its default, naming the nearest',
    async (option, options, message) => {
      await expectRefused(() => createFakeResend(loose(options)), option, message);
    },
  );

  it.each([
    [
      'faults.errRate',
      { faults: { errRate: 1 } },
      `faults has no option "errRate"; the options are ${FAULT_OPTION_NAMES.join(', ')}.`,
    ],
    ['faults.status', { faults: { status: [503] } }, 'faults has no option "status" (did you mean statuses?).'],
    [
      'webhooks.retryDelays',
      { webhooks: { retryDelays: [5] } },
      'webhooks has no option "retryDelays" (did you mean retryDelaysMs?).',
    ],
    ['webhooks.timeout', { webhooks: { timeout: 50 } }, 'webhooks has no option "timeout" (did you mean timeoutMs?).'],
    ['quota.weekly', { quota: { weekly: 10 } }, 'quota has no option "weekly"; the options are daily, monthly.'],
    ['quota.day', { quota: { day: 10 } }, 'quota has no option "day"; the options are daily, monthly.'],
  ])('refuses the nested unknown option %s by its path', async (option, options, message) => {
    await expectRefused(() => createFakeResend(loose(options)), option, message);
  });

  it('refuses setFaults with an unknown fault name, keeping the faults in force', async () => {
    const fake = createFakeResend({ rateLimit: false, faults: { errorRate: 1, statuses: [503] } });
    await expectRefused(
      () => fake.setFaults(loose({ errorrate: 0 })),
      'faults.errorrate',
      'faults has no option "errorrate" (did you mean errorRate?).',
    );
    expect((await fake.fetch(new Request('https://api.resend.com/domains', { headers: AUTH }))).status).toBe(503);
  });

  it.each([
    ['settings.fault', { fault: null, quota: null }, 'settings has no option "fault" (did you mean faults?).'],
    ['settings.usage', { usage: { daily: 0 } }, 'settings has no option "usage"; the options are faults, quota.'],
    [
      'faults.errorRat',
      { faults: { errorRat: 1 }, quota: null },
      'faults has no option "errorRat" (did you mean errorRate?).',
    ],
    ['quota.Daily', { quota: { Daily: 1 } }, 'quota has no option "Daily" (did you mean daily?).'],
  ])(
    'refuses updateSettings with the unknown or read-only name %s, changing nothing',
    async (option, update, message) => {
      const fake = createFakeResend({ quota: { daily: 5 } });
      await expectRefused(() => fake.updateSettings(loose(update)), option, message);
      expect(fake.settings()).toMatchObject({ faults: null, quota: { daily: 5 } });
    },
  );

  it('answers PUT /_inbox/api/settings with an unknown name 422 naming it', async () => {
    const server = await listen(createFakeResend({ rateLimit: false }));
    try {
      const put = await fetch(`${server.url}/_inbox/api/settings`, {
        method: 'PUT',
        body: JSON.stringify({ faults: { errorRate: 1, latency: 50 } }),
      });
      expect(put.status).toBe(422);
      expect(await put.json()).toMatchObject({
        option: 'faults.latency',
        error: 'faults has no option "latency" (did you mean latencyMs?).',
      });
      expect(await (await fetch(`${server.url}/_inbox/api/settings`)).json()).toMatchObject({ faults: null });
    } finally {
      await server.close();
    }
  });

  it('refuses listen with an unknown option before anything listens', async () => {
    const fake = createFakeResend();
    await expectRefused(
      () => listen(fake, loose({ Port: 0 })),
      'Port',
      'listen has no option "Port" (did you mean port?).',
    );
    await expectRefused(
      () => listen(fake, loose({ hostname: '127.0.0.1' })),
      'hostname',
      'listen has no option "hostname"; the options are port, host.',
    );
  });
});
