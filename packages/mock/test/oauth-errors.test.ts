import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

const fake = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false });

describe('errors of the OAuth flow endpoints', () => {
  it('answers an invalid token request 400 in RFC 6749 shape', async () => {
    const { status, body } = await call(fake(), 'POST', '/oauth/token', { body: { code: 'abc' } });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_request');
    expect(typeof body.error_description).toBe('string');
    expect(body.error_description.length).toBeGreaterThan(0);
    expect(body).not.toHaveProperty('statusCode');
  });

  it('answers an invalid client registration 400 invalid_request', async () => {
    const { status, body } = await call(fake(), 'POST', '/oauth/register', { body: { client_name: 'x' } });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_request' });
  });

  it("answers 429 on the OAuth endpoints as too_many_requests, keeping Resend's shape elsewhere", async () => {
    const limited = createFakeResend({ domains: ['acme.dev'], rps: 1 });
    await call(limited, 'POST', '/oauth/register', { body: { client_name: 'x' } });
    const oauth = await call(limited, 'POST', '/oauth/register', { body: { client_name: 'x' } });
    expect(oauth.status).toBe(429);
    expect(oauth.body).toMatchObject({ error: 'too_many_requests' });
    const api = await call(limited, 'GET', '/emails');
    expect(api.status).toBe(429);
    expect(api.body).toMatchObject({ statusCode: 429, name: 'rate_limit_exceeded' });
  });

  it("keeps Resend's error shape on the other OAuth routes (grants)", async () => {
    const { status, body } = await call(fake(), 'GET', '/oauth/grants?limit=500');
    expect(status).toBe(422);
    expect(body).toMatchObject({ statusCode: 422, name: 'validation_error' });
  });
});
