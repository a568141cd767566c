import { describe, expect, it } from 'vitest';
import { checkNumberOption, MAX_TIMER_MS, type NumberRule } from '../src/shared/index.js';

class OptionError extends Error {}
const fail = (message: string) => new OptionError(message);

/** The message `checkNumberOption` throws for `value` under `rule`, or undefined when it passes. */
function refusal(value: unknown, rule: NumberRule): string | undefined {
  try {
    checkNumberOption(value, 0, 'opt', rule, fail);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(OptionError);
    return (error as Error).message;
  }
}

describe('checkNumberOption', () => {
  it('returns the value, or the fallback for undefined', () => {
    expect(checkNumberOption(7, 1, 'opt', { min: 0 }, fail)).toBe(7);
    expect(checkNumberOption(undefined, 1, 'opt', { min: 0 }, fail)).toBe(1);
  });

  it('caps at MAX_TIMER_MS unless told otherwise, naming the option, range and value', () => {
    expect(refusal(MAX_TIMER_MS, { min: 0 })).toBeUndefined();
    expect(refusal(MAX_TIMER_MS + 1, { min: 0, integer: true })).toBe(
      `opt must be an integer from 0 to ${MAX_TIMER_MS} (got ${MAX_TIMER_MS + 1}).`,
    );
    expect(refusal('5', { min: 0 })).toBe(`opt must be a number from 0 to ${MAX_TIMER_MS} (got "5").`);
    // A key given in the wrong option is told by its length or kind, never shown.
    expect(refusal('re_123456789_abcdefghijklmnop', { min: 0 })).toBe(
      `opt must be a number from 0 to ${MAX_TIMER_MS} (got a string of 29 characters).`,
    );
    expect(refusal(['re_123456789_abcdefghijklmnop'], { min: 0 })).toMatch(/\(got array\)\.$/);
    expect(refusal({ key: 're_123456789_abcdefghijklmnop' }, { min: 0 })).toMatch(/\(got object\)\.$/);
    expect(refusal(true, { min: 0 })).toMatch(/\(got true\)\.$/);
    expect(refusal(1.5, { min: 0, max: 10, integer: true })).toMatch(/an integer from 0 to 10 \(got 1\.5\)/);
  });

  it('shows a short string only when it reads as a number, never a short key or secret', () => {
    for (const text of ['300', '1e3', ' 80', '0x10', '-1.5'])
      expect(refusal(text, { min: 0 })).toContain(`(got ${JSON.stringify(text)})`);
    for (const secret of ['re_12345', 're_AbC9xYz', 'whsec_abc', 'sk-4f9a1c', 'hunter2', '5s'])
      expect(refusal(secret, { min: 0 })).toContain(`(got a string of ${secret.length} characters)`);
  });

  it('refuses the minimum itself when it is exclusive', () => {
    expect(refusal(0, { min: 0, above: true })).toBe(
      `opt must be a number above 0 and at most ${MAX_TIMER_MS} (got 0).`,
    );
    expect(refusal(0.001, { min: 0, above: true })).toBeUndefined();
    expect(refusal(-1, { min: 0, above: true, max: Number.POSITIVE_INFINITY })).toBe(
      'opt must be a number above 0 (got -1).',
    );
  });

  it('refuses NaN and infinities on unbounded ranges: "finite" is part of every rule', () => {
    const any = { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
    expect(refusal(-1e300, any)).toBeUndefined();
    expect(refusal(Number.NaN, any)).toBe('opt must be a finite number (got NaN).');
    expect(refusal(Number.POSITIVE_INFINITY, any)).toBe('opt must be a finite number (got Infinity).');
    expect(refusal(Number.NEGATIVE_INFINITY, any)).toBe('opt must be a finite number (got -Infinity).');
    expect(refusal(Number.POSITIVE_INFINITY, { min: 0, max: Number.POSITIVE_INFINITY, integer: true })).toBe(
      'opt must be an integer of at least 0 (got Infinity).',
    );
  });

  it('lets Infinity in only where the rule says it means no limit', () => {
    const limit = { min: 0, max: Number.POSITIVE_INFINITY, integer: true, infinity: true };
    expect(refusal(Number.POSITIVE_INFINITY, limit)).toBeUndefined();
    expect(refusal(0, limit)).toBeUndefined();
    expect(refusal(Number.NEGATIVE_INFINITY, limit)).toBe(
      'opt must be an integer of at least 0, or Infinity (got -Infinity).',
    );
    expect(refusal(2.5, limit)).toBe('opt must be an integer of at least 0, or Infinity (got 2.5).');
  });
});
