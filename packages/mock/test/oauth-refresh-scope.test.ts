/**
 * `scope` on a refresh (RFC 6749 §6): it may narrow what the new access token allows, never widen
 * it past the grant, and the refresh token keeps the grant's whole scope.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';
import { bearer, NO_KEY, tokensFor } from './support/oauth.js';

const fresh = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true });

const refreshWith = (fake: ReturnType<typeof fresh>, refreshToken: string, scope: string | undefined) =>
  call(fake, 'POST', '/oauth/token', {
    headers: NO_KEY,
    body: { grant_type: 'refresh_token', refresh_token: refreshToken, ...(scope === undefined ? {} : { scope }) },
  });

describe('POST /oauth/token refresh with a scope', () => {
  it.each(['full_access', 'emails:send full_access', 'emails:read'])(
    'refuses %j, wider than an emails:send grant, with invalid_scope and keeps the refresh token working',
    async (scope) => {
      const fake = fresh();
      const { refresh_token } = await tokensFor(fake, 'emails:send');
      const refused = await refreshWith(fake, refresh_token, scope);
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({ error: 'invalid_scope', error_description: expect.any(String) });
      const again = await refreshWith(fake, refresh_token, undefined);
      expect(again.status).toBe(200);
      expect(again.body.scope).toBe('emails:send');
    },
  );

  it('issues an access token with the narrower scope, while the refresh token keeps the grant’s', async () => {
    const fake = fresh();
    const { refresh_token } = await tokensFor(fake, 'full_access');
    const narrowed = await refreshWith(fake, refresh_token, 'emails:send');
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.scope).toBe('emails:send');
    const token = bearer(narrowed.body.access_token as string);
    expect((await call(fake, 'POST', '/emails', { headers: token, body: email() })).status).toBe(200);
    const domains = await call(fake, 'GET', '/domains', { headers: token });
    expect(domains.status).toBe(403);
    expect(domains.body).toMatchObject({ name: 'invalid_permission' });
    const whole = await refreshWith(fake, narrowed.body.refresh_token as string, undefined);
    expect(whole.body.scope).toBe('full_access');
    expect((await call(fake, 'GET', '/domains', { headers: bearer(whole.body.access_token as string) })).status).toBe(
      200,
    );
  });

  it('issues the grant’s scope when the requested one equals it', async () => {
    const fake = fresh();
    const { refresh_token } = await tokensFor(fake, 'full_access');
    const same = await refreshWith(fake, refresh_token, 'full_access');
    expect(same.status).toBe(200);
    expect(same.body.scope).toBe('full_access');
  });
});
