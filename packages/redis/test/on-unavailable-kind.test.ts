/**
 * `onUnavailable` of the wrong kind is refused like every other option: a typed `invalid_option`
 * naming it and the kind given, never a `TypeError` from printing it, and never the text of a
 * string (a password or key put in the wrong option must not reach a log).
 */
import { describe, expect, it } from 'vitest';
import { isRedisStoreError, redisRateLimitStore } from '../src/index.js';

// Never reached: the options are checked before the client is looked at.
const client = { call: async () => undefined, status: 'ready' };

function refusal(onUnavailable: unknown): unknown {
  try {
    redisRateLimitStore(client, { key: 'acme', onUnavailable: onUnavailable as 'fail' });
  } catch (error) {
    return error;
  }
  throw new Error('not refused');
}

describe('onUnavailable of the wrong kind', () => {
  it('is refused with invalid_option for an object without a prototype, instead of a TypeError', () => {
    const error = refusal(Object.create(null));
    expect(isRedisStoreError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'invalid_option' });
    expect((error as Error).message).toBe('onUnavailable must be "fail" or "memory" (got object).');
  });

  it('never shows a long string it was given, only its kind', () => {
    const secret = 'redis://default:s3cr3t-password@cache.internal:6379';
    const error = refusal(secret);
    expect(error).toMatchObject({ code: 'invalid_option' });
    expect((error as Error).message).not.toContain('s3cr3t');
    expect((error as Error).message).toBe(`onUnavailable must be "fail" or "memory" (got string).`);
  });

  it('names the kind of any other value, as the other options do', () => {
    expect((refusal('memroy') as Error).message).toBe('onUnavailable must be "fail" or "memory" (got string).');
    expect((refusal(5) as Error).message).toBe('onUnavailable must be "fail" or "memory" (got number).');
    expect((refusal(null) as Error).message).toBe('onUnavailable must be "fail" or "memory" (got null).');
  });
});
