import { describe, expect, it } from 'vitest';
import { checkKindOption, checkOptionNames, kindOf, type OptionKind } from '../src/shared/index.js';

class OptionError extends Error {}
const fail = (message: string) => new OptionError(message);

/** The message `checkKindOption` throws for `value`, or undefined when it passes. */
function refusal(value: unknown, kinds: OptionKind[]): string | undefined {
  try {
    checkKindOption(value, 'opt', kinds, fail);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(OptionError);
    return (error as Error).message;
  }
}

describe('checkKindOption', () => {
  it('lets undefined through (the default applies) and every value of an allowed kind', () => {
    expect(refusal(undefined, ['object'])).toBeUndefined();
    expect(refusal({}, ['object'])).toBeUndefined();
    expect(refusal(new Map(), ['object'])).toBeUndefined();
    expect(refusal(false, ['object', 'false'])).toBeUndefined();
    expect(refusal(true, ['boolean'])).toBeUndefined();
    expect(refusal(() => 1, ['function'])).toBeUndefined();
    expect(refusal('a', ['string'])).toBeUndefined();
    expect(refusal(['a', 'b'], ['strings'])).toBeUndefined();
    expect(refusal([], ['strings'])).toBeUndefined();
  });

  it('refuses null, arrays and true where an object or false is asked, naming what it got', () => {
    expect(refusal(null, ['object', 'false'])).toBe('opt must be an object or false (got null).');
    expect(refusal([], ['object', 'false'])).toBe('opt must be an object or false (got array).');
    expect(refusal(true, ['object', 'false'])).toBe('opt must be an object or false (got boolean).');
    expect(refusal('off', ['object', 'false'])).toBe('opt must be an object or false (got string).');
  });

  it('refuses a string where a list of strings is asked, and a list holding anything else', () => {
    expect(refusal('/emails', ['strings'])).toBe('opt must be an array of strings (got string).');
    expect(refusal(['/emails', 5], ['strings'])).toBe('opt must be an array of strings (got array).');
  });

  it('lists three or more kinds with commas and a last "or"', () => {
    expect(refusal(5, ['object', 'function', 'false'])).toBe(
      'opt must be an object, a function or false (got number).',
    );
  });

  it('names a value without showing it: a secret in the wrong option stays out of the message', () => {
    expect(refusal('re_secret_key_value', ['function'])).not.toContain('re_secret');
    expect(kindOf(undefined)).toBe('undefined');
    expect(kindOf(1n)).toBe('bigint');
    expect(kindOf(Symbol('s'))).toBe('symbol');
    expect(kindOf({})).toBe('object');
  });
});

describe('checkOptionNames', () => {
  const known = ['rateLimit', 'retry', 'idempotencyKey'];
  const names = (options: object) => {
    try {
      checkOptionNames(options, known, 'f', fail);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(OptionError);
      return (error as Error).message;
    }
  };

  it('lets known names through, whatever their values', () => {
    expect(names({})).toBeUndefined();
    expect(names({ rateLimit: false, retry: undefined })).toBeUndefined();
  });

  it('names the nearest known option for a misspelt one, case and underscores aside', () => {
    expect(names({ ratelimit: false })).toBe('f has no option "ratelimit" (did you mean rateLimit?).');
    expect(names({ idempotency_key: 'k' })).toBe('f has no option "idempotency_key" (did you mean idempotencyKey?).');
  });

  it('hands the refused name to fail beside the message, for an error that carries it', () => {
    const seen: string[] = [];
    expect(() =>
      checkOptionNames({ retry: 1, ratelimit: false }, known, 'f', (message, name) => {
        seen.push(name);
        return new OptionError(message);
      }),
    ).toThrow(OptionError);
    expect(seen).toEqual(['ratelimit']);
  });

  it('lists the options when none is near, and for a name too short to guess from', () => {
    expect(names({ timeout: 1 })).toBe('f has no option "timeout"; the options are rateLimit, retry, idempotencyKey.');
    expect(names({ r: 1 })).toBe('f has no option "r"; the options are rateLimit, retry, idempotencyKey.');
  });
});
