import { describe, expect, it } from 'vitest';
import { expectErrorModel } from '../../client/test/error-shape.js';
import {
  createFakeResend,
  FakeOptionsError,
  type FakeResendOptions,
  type FaultOptions,
  isFakeOptionsError,
} from '../src/index.js';

/** Runs `make` and returns what it threw (or undefined). */
function thrown(make: () => unknown): unknown {
  try {
    make();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectRefused(options: FakeResendOptions, option: string, range: string): void {
  const error = thrown(() => createFakeResend(options));
  expect(error, `${option} ${JSON.stringify(options)}`).toBeInstanceOf(FakeOptionsError);
  // One base class for every resendkit error: no longer a TypeError.
  expect(isFakeOptionsError(error)).toBe(true);
  expect(error).toMatchObject({ name: 'invalid_option', code: 'invalid_option', option });
  expectErrorModel(error, 'FakeOptionsError', isFakeOptionsError, { option });
  expect((error as Error).message).toContain(option);
  expect((error as Error).message).toContain(range);
}

describe('createFakeResend option checks', () => {
  it.each([Number.NaN, 0, -1, Number.POSITIVE_INFINITY, 2 ** 31])(
    'refuses windowMs %s with a FakeOptionsError naming windowMs',
    (windowMs) => {
      expectRefused({ windowMs }, 'windowMs', 'above 0');
    },
  );

  it.each([Number.NaN, -1, 2.5])('refuses rps %s instead of silently turning the limit off', (rps) => {
    expectRefused({ rps }, 'rps', 'an integer of at least 0, or Infinity');
  });

  it('still turns the limit off with the documented rps 0 and Infinity', () => {
    expect(() => createFakeResend({ rps: 0 })).not.toThrow();
    expect(() => createFakeResend({ rps: Number.POSITIVE_INFINITY })).not.toThrow();
  });

  it.each(['nope', 'ftp://example.com', ''])(
    'refuses baseUrl %j with a FakeOptionsError instead of a bare Invalid URL',
    (baseUrl) => {
      expectRefused({ baseUrl }, 'baseUrl', 'absolute http(s) URL');
    },
  );

  it('refuses a non-finite seed', () => {
    expectRefused({ seed: Number.NaN }, 'seed', 'finite number');
  });

  const badFaults: [FaultOptions, string, string][] = [
    [{ statuses: [200] }, 'faults.statuses', 'faults.statuses[0] must be an integer from 500 to 599 (got 200)'],
    [{ statuses: [429, 500] }, 'faults.statuses', 'from 500 to 599 (got 429)'],
    [{ errorRate: 1.5 }, 'faults.errorRate', '0 to 1'],
    [{ errorRate: Number.NaN }, 'faults.errorRate', '0 to 1'],
    [{ cutRate: -0.1 }, 'faults.cutRate', '0 to 1'],
    [{ lostResponseRate: 2 }, 'faults.lostResponseRate', '0 to 1'],
    [{ latencyMs: -5 }, 'faults.latencyMs', 'from 0 to 2147483647 (got -5)'],
    [{ latencyMs: Number.NaN }, 'faults.latencyMs', 'from 0 to 2147483647 (got NaN)'],
    [{ latencyMs: [50, 10] }, 'faults.latencyMs', 'min ≤ max'],
    [{ latencyMs: [0, Number.POSITIVE_INFINITY] }, 'faults.latencyMs', 'faults.latencyMs[1] must be'],
    [{ latencyMs: [undefined, 5] as never }, 'faults.latencyMs', 'faults.latencyMs[0] must be'],
    [{ latencyMs: [1, 2, 3] as never }, 'faults.latencyMs', '[min, max] pair'],
    [{ statuses: [500, undefined as never] }, 'faults.statuses', 'faults.statuses[1] must be'],
    [{ lostAs: 'sometimes' as never }, 'faults.lostAs', '"either"'],
  ];

  const label = (faults: FaultOptions) =>
    Object.entries(faults)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`)
      .join(', ');
  it.each(badFaults.map(([faults, option, range]) => [label(faults), option, faults, range] as const))(
    'refuses faults { %s } naming %s',
    (_label, option, faults, range) => {
      expectRefused({ faults }, option, range);
    },
  );

  it.each([
    [{ quota: { daily: -1 } }, 'quota.daily', 'an integer of at least 0 (got -1)'],
    [{ quota: { monthly: 2.5 } }, 'quota.monthly', 'an integer of at least 0 (got 2.5)'],
    [{ requestsPerWindow: Number.NEGATIVE_INFINITY }, 'requestsPerWindow', 'or Infinity (got -Infinity)'],
    [{ seed: Number.POSITIVE_INFINITY }, 'seed', 'a finite number (got Infinity)'],
    [{ domains: ['acme.dev'], webhooks: { retryDelaysMs: [5, -1] } }, 'webhooks.retryDelaysMs', '[1] must be'],
    [{ domains: ['acme.dev'], webhooks: { timeoutMs: 0 } }, 'webhooks.timeoutMs', 'above 0 and at most 2147483647'],
  ] as [FakeResendOptions, string, string][])('refuses %j naming %s and the value', (options, option, range) => {
    expectRefused(options, option, range);
  });

  it('refuses a waitForEmail timeout outside 0 to 2147483647 ms before waiting', async () => {
    const fake = createFakeResend({ rateLimit: false });
    await expect(fake.waitForEmail({ to: 'ada@acme.dev', timeoutMs: 1.5 })).rejects.toMatchObject({
      option: 'timeoutMs',
      message: 'timeoutMs must be an integer from 0 to 2147483647 (got 1.5).',
    });
  });

  it('checks faults given later through setFaults too, keeping the old ones', async () => {
    const fake = createFakeResend({ rateLimit: false });
    const error = thrown(() => fake.setFaults({ statuses: [200], errorRate: 1 }));
    expect(error).toMatchObject({ name: 'invalid_option', option: 'faults.statuses' });
    const response = await fake.fetch(
      new Request('https://api.resend.com/domains', {
        headers: { authorization: 'Bearer re_test_1', 'user-agent': 't/1' },
      }),
    );
    expect(response.status).toBe(200);
  });

  it('accepts every option at its documented bounds', () => {
    expect(() =>
      createFakeResend({
        rps: 1,
        windowMs: 1,
        baseUrl: 'http://127.0.0.1:3000/resend',
        seed: -7,
        faults: {
          errorRate: 1,
          cutRate: 0,
          lostResponseRate: 0,
          statuses: [500, 599],
          latencyMs: [0, 2 ** 31 - 1],
          lostAs: 'cut',
        },
      }),
    ).not.toThrow();
    expect(() => createFakeResend({ faults: { latencyMs: 0, statuses: [] } })).not.toThrow();
  });
});
