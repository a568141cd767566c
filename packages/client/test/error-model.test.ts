import { describe, expect, it } from 'vitest';
import { ResendConfigError, ResendError, SendAllInputError, createResendClient, isResendError, sendAll } from './api.js';
import { API_KEY, BASE_URL } from './helpers.js';

describe('one error model', () => {
  it('isResendError recognises ResendErrors, also from another copy of the package, and nothing else', () => {
    const error = new ResendError({ name: 'not_found', statusCode: 404, message: 'x', method: 'GET', path: '/emails/1' });
    expect(isResendError(error)).toBe(true);
    // A second copy of the package (two versions installed) has its own class but the same brand.
    const foreign = Object.assign(new Error('x'), { [Symbol.for('resendkit.error')]: 'ResendError' });
    expect(isResendError(foreign)).toBe(true);
    expect(isResendError(new Error('x'))).toBe(false);
    expect(isResendError({ name: 'not_found', statusCode: 404 })).toBe(false);
    expect(isResendError(null)).toBe(false);
  });

  it('gives every error class its snake_case discriminant as code', async () => {
    const api = new ResendError({ name: 'rate_limit_exceeded', statusCode: 429, message: 'x', method: 'POST', path: '/emails' });
    expect(api.code).toBe('rate_limit_exceeded');
    let config: unknown;
    try {
      createResendClient({ apiKey: API_KEY, baseUrl: 'ftp://example.com' });
    } catch (error) {
      config = error;
    }
    expect(config).toBeInstanceOf(ResendConfigError);
    expect((config as ResendConfigError).code).toMatch(/^[a-z_]+$/);
    const resend = createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: false });
    const input = await sendAll(resend, 'not an array' as never).catch((error: unknown) => error);
    expect(input).toBeInstanceOf(SendAllInputError);
    expect((input as SendAllInputError).code).toBe('not_an_array');
  });
});
