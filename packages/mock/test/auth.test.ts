import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

describe('authentication', () => {
  it('answers 401 missing_api_key without an Authorization header', async () => {
    const { status, body } = await call(createFakeResend({ domains: ['acme.dev'] }), 'GET', '/emails', {
      headers: { authorization: undefined },
    });
    expect(status).toBe(401);
    expect(body.name).toBe('missing_api_key');
  });

  it('answers 403 invalid_api_key for a key that is not `Bearer re_…`', async () => {
    for (const authorization of ['Bearer sk_live_123', 're_123', 'Basic re_123', 'Bearer ']) {
      const { status, body } = await call(createFakeResend({ domains: ['acme.dev'] }), 'GET', '/emails', {
        headers: { authorization },
      });
      expect.soft(status, authorization).toBe(authorization === 'Bearer ' ? 401 : 403);
      expect.soft(body.name, authorization).toBe(authorization === 'Bearer ' ? 'missing_api_key' : 'invalid_api_key');
    }
  });

  it('accepts any well-formed key when no keys are configured', async () => {
    const { status } = await call(createFakeResend({ domains: ['acme.dev'] }), 'GET', '/emails', {
      headers: { authorization: 'Bearer re_anything' },
    });
    expect(status).toBe(200);
  });

  it('answers 403 invalid_api_key for a well-formed key that is not configured', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], apiKeys: ['re_known'] });
    expect((await call(fake, 'GET', '/emails', { headers: { authorization: 'Bearer re_known' } })).status).toBe(200);
    const { status, body } = await call(fake, 'GET', '/emails', { headers: { authorization: 'Bearer re_unknown' } });
    expect(status).toBe(403);
    expect(body.name).toBe('invalid_api_key');
    expect(JSON.stringify(body)).not.toContain('re_unknown');
  });

  it('lets a sending_access key send and answers 401 restricted_api_key elsewhere', async () => {
    const fake = createFakeResend({
      domains: ['acme.dev'],
      apiKeys: [{ key: 're_send', permission: 'sending_access' }],
      rateLimit: false,
    });
    const headers = { authorization: 'Bearer re_send' };
    expect((await call(fake, 'POST', '/emails', { body: email(), headers })).status).toBe(200);
    expect((await call(fake, 'POST', '/emails/batch', { body: [email()], headers })).status).toBe(200);
    const { status, body } = await call(fake, 'GET', '/emails', { headers });
    expect(status).toBe(401);
    expect(body.name).toBe('restricted_api_key');
  });

  it('accepts keys created through POST /api-keys with their permission', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], apiKeys: ['re_admin'], rateLimit: false });
    const created = await call(fake, 'POST', '/api-keys', {
      body: { name: 'sender', permission: 'sending_access' },
      headers: { authorization: 'Bearer re_admin' },
    });
    expect(created.status).toBe(201);
    const headers = { authorization: `Bearer ${created.body.token as string}` };
    expect((await call(fake, 'POST', '/emails', { body: email(), headers })).status).toBe(200);
    expect((await call(fake, 'GET', '/domains', { headers })).body.name).toBe('restricted_api_key');
  });
});

describe('User-Agent', () => {
  it('answers 403 with the non-JSON 1010 page when User-Agent is missing', async () => {
    const { status, text, headers } = await call(createFakeResend({ domains: ['acme.dev'] }), 'GET', '/emails', {
      headers: { 'user-agent': undefined },
    });
    expect(status).toBe(403);
    expect(text).toBe('error code: 1010');
    expect(headers.get('content-type')).toMatch(/^text\/plain/);
    expect(() => JSON.parse(text)).toThrow();
  });
});
