/**
 * Misspelt names inside `rateLimit`, `retry`, `idempotency` and `telemetry` are refused as the
 * client's own option names are: `retry: { max_delay_ms }` left the 10 s cap in force, and
 * `telemetry: { tracer }` the global provider. `telemetry`'s providers are checked by kind: a
 * string for `tracerProvider` turned telemetry off on the first call, with a warning that blamed
 * `@opentelemetry/api`.
 */
import { describe, expect, it } from 'vitest';
import { ResendConfigError, createResendClient } from '../src/index.js';
import { API_KEY, BASE_URL, email, recordRequests, testClient, useServer } from './helpers.js';

const server = useServer();

function refusal(options: object): unknown {
  try {
    createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, ...options } as never);
  } catch (error) {
    return error;
  }
  throw new Error('accepted');
}

describe('names inside the client options', () => {
  it.each([
    [{ rateLimit: { windowMS: 100 } }, 'rateLimit has no option "windowMS" (did you mean windowMs?).'],
    [{ retry: { max_delay_ms: 10 } }, 'retry has no option "max_delay_ms" (did you mean maxDelayMs?).'],
    [
      { idempotency: { generate_key: () => 'k' } },
      'idempotency has no option "generate_key" (did you mean generateKey?).',
    ],
    [{ telemetry: { tracer: {} } }, 'telemetry has no option "tracer" (did you mean tracerProvider?).'],
  ])('refuses %j as invalid_option naming the option meant', (options, message) => {
    const error = refusal({ rateLimit: false, ...options });
    expect(error).toBeInstanceOf(ResendConfigError);
    expect(error).toMatchObject({ code: 'invalid_option', message });
  });

  it.each([
    [{ tracerProvider: 'global' }, 'telemetry.tracerProvider must be an object (got string).'],
    [{ meterProvider: 5 }, 'telemetry.meterProvider must be an object (got number).'],
    [{ api: true }, 'telemetry.api must be an object (got boolean).'],
    [{ recordEmailId: 'yes' }, 'telemetry.recordEmailId must be a boolean (got string).'],
  ])('refuses telemetry %j of the wrong kind', (telemetry, message) => {
    expect(refusal({ rateLimit: false, telemetry })).toMatchObject({ code: 'invalid_option', message });
  });

  it('refuses a misspelt name in a call retry before sending', async () => {
    const seen = recordRequests(server);
    const call = testClient().emails.send(email, { retry: { retires: 0 } as never });
    await expect(call).rejects.toMatchObject({
      code: 'invalid_option',
      message: expect.stringMatching(/^retry has no option "retires"; the options are retries, /),
    });
    expect(seen).toEqual([]);
  });

  it('still takes every option by its name', () => {
    const resend = createResendClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      rateLimit: {
        team: 'nested-names',
        limit: 5,
        windowMs: 1000,
        marginMs: 10,
        maxQueue: 10,
        adoptServerLimit: true,
        maxPauseMs: 1000,
        interactiveReserve: 1,
        lendReserve: true,
        now: () => 0,
      },
      retry: {
        retries: 1,
        baseDelayMs: 1,
        maxDelayMs: 2,
        maxRetryAfterMs: 10,
        random: () => 0,
        onRetry: () => {},
        sleep: async () => {},
      },
      idempotency: { paths: ['/emails'], generateKey: () => 'k' },
      telemetry: {
        tracerProvider: { getTracer: () => ({}) as never },
        meterProvider: { getMeter: () => ({}) as never },
        recordEmailId: true,
      },
    });
    expect(resend.baseUrl).toBe(BASE_URL);
  });
});
