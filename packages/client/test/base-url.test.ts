import { describe, expect, it } from 'vitest';
import { http } from 'msw';
import { ResendConfigError, createResendClient } from './api.js';
import { API_KEY, json, useServer } from './helpers.js';

const server = useServer();

function refusal(baseUrl: string, extra: object = {}): ResendConfigError {
  try {
    createResendClient({ apiKey: API_KEY, baseUrl, rateLimit: false, ...extra });
  } catch (error) {
    if (error instanceof ResendConfigError) return error;
    throw error;
  }
  throw new Error(`${baseUrl} was accepted`);
}

describe('refused base URLs', () => {
  it('insecure_base_url shows the URL refused', () => {
    const error = refusal('http://resend-mock:3000');
    expect(error.code).toBe('insecure_base_url');
    expect(error.message).toContain('got "http://resend-mock:3000"');
    expect(error.message).toContain('allowInsecureBaseUrl');
  });

  it('invalid_base_url shows the value refused', () => {
    expect(refusal('ftp://files.acme.dev/x').message).toContain('got "ftp://files.acme.dev/x"');
    expect(refusal('api.resend.com').message).toContain('got "api.resend.com"');
  });

  it('never shows credentials, a query string, a fragment or the key', () => {
    const withUser = refusal('https://admin:hunter2@api.acme.dev/v1');
    expect(withUser.code).toBe('invalid_base_url');
    expect(withUser.message).toContain('got "https://…@api.acme.dev/v1"');
    expect(withUser.message).not.toMatch(/admin|hunter2/);
    const withQuery = refusal('https://api.acme.dev/?token=s3cret#frag');
    expect(withQuery.message).toContain('got "https://api.acme.dev/?…#…"');
    expect(withQuery.message).not.toContain('s3cret');
    // The key pasted where the URL belongs.
    const pasted = refusal(API_KEY);
    expect(pasted.message).not.toContain(API_KEY);
    expect(pasted.message).toContain('got "re_…"');
    expect(refusal(`https://x.dev/${API_KEY}?`).message).not.toContain(API_KEY);
  });
});

describe('allowInsecureBaseUrl', () => {
  it('lets plain http reach a non-loopback host when set', async () => {
    server.use(http.get('http://resend-mock:3000/domains', () => json({ object: 'list', data: [], has_more: false })));
    const resend = createResendClient({
      apiKey: API_KEY,
      baseUrl: 'http://resend-mock:3000',
      allowInsecureBaseUrl: true,
      rateLimit: false,
    });
    expect(resend.baseUrl).toBe('http://resend-mock:3000');
    const { data, error } = await resend.domains.list();
    expect(error).toBeUndefined();
    expect(data).toMatchObject({ object: 'list' });
  });

  it('is an opt-in: only true allows it, and other checks still apply', () => {
    expect(refusal('http://resend-mock:3000', { allowInsecureBaseUrl: 'yes' })).toMatchObject({
      code: 'invalid_option',
      message: 'allowInsecureBaseUrl must be a boolean (got string).',
    });
    expect(refusal('http://resend-mock:3000', { allowInsecureBaseUrl: false }).code).toBe('insecure_base_url');
    expect(refusal('http://u:p@resend-mock:3000', { allowInsecureBaseUrl: true }).code).toBe('invalid_base_url');
    expect(refusal('ftp://resend-mock:3000', { allowInsecureBaseUrl: true }).code).toBe('invalid_base_url');
  });
});
