import { describe, expect, it } from 'vitest';
import { isResendError, toResendError } from '../src/index.js';

const body = { name: 'validation_error', message: 'Bad from.' };

describe('toResendError given arguments of the wrong kind', () => {
  it('converts without throwing when request is a string, ignoring it', () => {
    const error = toResendError(body, undefined, 'GET /x' as never);
    expect(isResendError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'validation_error', message: 'Bad from.', method: null, path: null });
  });

  it('converts without throwing when the response has no headers.get', () => {
    const error = toResendError(body, { status: 500, headers: {} } as never);
    expect(error).toMatchObject({ name: 'validation_error', statusCode: 500, retryAfter: null });
  });

  it('converts without throwing when the response is no object', () => {
    expect(toResendError(body, 42 as never)).toMatchObject({ name: 'validation_error' });
    expect(toResendError(body, null as never, null as never)).toMatchObject({ name: 'validation_error' });
  });
});
