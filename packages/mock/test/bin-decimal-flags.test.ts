/**
 * The bin's numeric flags are read as plain decimal text. They were converted with Number(), which
 * also reads `0x10` (16), `1e3` (1000), `+80`, ` 80` and `080` (80): `--port 0x10` listened on port 16.
 */
import { describe, expect, it } from 'vitest';
import { isDecimalText } from '../src/decimal-text.js';
import { parseFaultSpec } from '../src/fault-spec.js';
import { runBin, startBin } from './bin-process.js';

describe('isDecimalText', () => {
  it.each(['0', '80', '65535', '-1', '0.5', '12.25', 'Infinity'])('reads %j', (text) => {
    expect(isDecimalText(text)).toBe(true);
  });

  it.each(['0x10', '0o7', '0b1', '1e3', '+80', ' 80', '80 ', '080', '00', '.5', '5.', '', '-Infinity', '1_000'])(
    'refuses %j',
    (text) => {
      expect(isDecimalText(text)).toBe(false);
    },
  );
});

describe('resendkit-mock numeric flags', () => {
  it.for<[args: string[], message: string]>([
    [['--port', '0x10'], '--port must be an integer in plain decimal digits (got "0x10").'],
    [['--port', '1e3'], '--port must be an integer in plain decimal digits (got "1e3").'],
    [['--port', ' 80'], '--port must be an integer in plain decimal digits (got " 80").'],
    [['--port', '+80'], '--port must be an integer in plain decimal digits (got "+80").'],
    [['--port', '080'], '--port must be an integer in plain decimal digits (got "080").'],
    [['--port', '80.0'], '--port must be an integer in plain decimal digits (got "80.0").'],
    [['--seed', '0x10'], '--seed must be a number in plain decimal digits (got "0x10").'],
    [['--requests-per-window', '1e3'], '--requests-per-window must be an integer in plain decimal digits (got "1e3").'],
    [['--window-ms', '0b11'], '--window-ms must be a number in plain decimal digits (got "0b11").'],
    [['--daily-quota', '+5'], '--daily-quota must be an integer in plain decimal digits (got "+5").'],
    [['--faults', 'status=0x1f4'], '--faults: status must be a number in plain decimal digits, got "0x1f4".'],
  ])('exits 2 with one line naming the flag for %s', { timeout: 20_000 }, async ([args, message], test) => {
    const { code, stderr } = await runBin(test, args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
    expect(stderr).toContain('Usage: resendkit-mock [--port N]');
  });

  it('still starts with plain decimal values, fractions and Infinity where they are allowed', async (test) => {
    const args = ['--port', '0', '--seed', '0.5', '--window-ms', '1500.5', '--rps', 'Infinity', '--daily-quota', '10'];
    const { child, exited } = await startBin(test, args);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 20_000);
});

describe('parseFaultSpec numbers', () => {
  it.each([
    ['rate=1e-1', 'rate'],
    ['rate=.5', 'rate'],
    ['cut= 0.1', 'cut'],
    ['status=500|0x1f7', 'status'],
    ['latency=050-200', 'latency'],
    ['latency=0x32', 'latency'],
    ['seed=+4', 'seed'],
  ])('refuses %j with one line naming the key', (spec, key) => {
    expect(() => parseFaultSpec(spec)).toThrow(
      new RegExp(`^--faults: ${key} must be a number in plain decimal digits`),
    );
  });

  it('reads plain decimal numbers and ranges', () => {
    expect(parseFaultSpec('rate=0.25,status=500|503,latency=0-12.5,seed=7')).toEqual({
      faults: { errorRate: 0.25, statuses: [500, 503], latencyMs: [0, 12.5] },
      seed: 7,
    });
  });
});
