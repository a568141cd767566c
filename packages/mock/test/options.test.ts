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
    expectRefused({ rps }, 'rps', '0 or Infinity');
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
    [{ statuses: [200] }, 'faults.statuses', '500–599'],
    [{ statuses: [429, 500] }, 'faults.statuses', '500–599'],
    [{ errorRate: 1.5 }, 'faults.errorRate', '0 to 1'],
    [{ errorRate: Number.NaN }, 'faults.errorRate', '0 to 1'],
    [{ cutRate: -0.1 }, 'faults.cutRate', '0 to 1'],
    [{ lostResponseRate: 2 }, 'faults.lostResponseRate', '0 to 1'],
    [{ latencyMs: -5 }, 'faults.latencyMs', '[min, max]'],
    [{ latencyMs: Number.NaN }, 'faults.latencyMs', '[min, max]'],
    [{ latencyMs: [50, 10] }, 'faults.latencyMs', 'min ≤ max'],
    [{ latencyMs: [0, Number.POSITIVE_INFINITY] }, 'faults.latencyMs', '[min, max]'],
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
