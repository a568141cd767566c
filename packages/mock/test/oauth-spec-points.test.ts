/**
 * OAuth points where the spec is stricter than a lenient fake would be: reusing a rotated refresh
 * token revokes the whole grant (token-theft protection), revoking a grant twice answers 404,
 * `POST /oauth/revoke` refuses an access-token hint, and authorize refuses scopes the client may
 * not ask for.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';
import { authorizeQuery, bearer, NO_KEY, redirect, refresh, registered, tokensFor } from './support/oauth.js';

const fake = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true });

describe('reusing a rotated refresh token', () => {
  it('answers invalid_grant and revokes the whole grant: its current refresh token and access tokens stop working', async () => {
    const resend = fake();
    const first = await tokensFor(resend, 'full_access');
    const rotated = await refresh(resend, first.refresh_token);
    expect(rotated.status).toBe(200);

    const reused = await refresh(resend, first.refresh_token);
    expect([reused.status, reused.body.error]).toEqual([400, 'invalid_grant']);

    const current = await refresh(resend, rotated.body.refresh_token);
    expect([current.status, current.body.error]).toEqual([400, 'invalid_grant']);
    for (const access of [first.access_token, rotated.body.access_token as string]) {
      const refused = await call(resend, 'POST', '/emails', { headers: bearer(access), body: email() });
      expect([refused.status, refused.body.message]).toEqual([401, expect.stringMatching(/revoked/)]);
    }
    const [grant] = (await call(resend, 'GET', '/oauth/grants')).body.data;
    expect(grant).toMatchObject({ revoked_at: expect.any(String), revoked_reason: 'refresh_token_reused' });
  });

  it('leaves other grants of the same team live', async () => {
    const resend = fake();
    const stolen = await tokensFor(resend, 'full_access');
    const other = await tokensFor(resend, 'full_access');
    await refresh(resend, stolen.refresh_token);
    await refresh(resend, stolen.refresh_token);
    expect((await call(resend, 'GET', '/domains', { headers: bearer(other.access_token) })).status).toBe(200);
    expect((await refresh(resend, other.refresh_token)).status).toBe(200);
  });
});

describe('DELETE /oauth/grants/{id}', () => {
  it('answers 404 for a grant already revoked, keeping its first revocation', async () => {
    const resend = fake();
    await tokensFor(resend, 'emails:send');
    const id = resend.state.oauthGrants.all()[0]!.id;
    const first = await call(resend, 'DELETE', `/oauth/grants/${id}`);
    expect([first.status, first.body.revoked_reason]).toEqual([200, 'revoked_from_api']);
    const again = await call(resend, 'DELETE', `/oauth/grants/${id}`);
    expect([again.status, again.body.name]).toEqual([404, 'not_found']);
    expect(resend.state.oauthGrants.get(id)).toMatchObject({ revoked_at: first.body.revoked_at });
  });
});

describe('POST /oauth/revoke', () => {
  it('refuses token_type_hint=access_token with 400 invalid_request, leaving the grant live', async () => {
    const resend = fake();
    const { access_token: access, refresh_token: token } = await tokensFor(resend, 'full_access');
    for (const sent of [access, token]) {
      const { status, body } = await call(resend, 'POST', '/oauth/revoke', {
        headers: NO_KEY,
        body: { token: sent, token_type_hint: 'access_token' },
      });
      expect([status, body.error]).toEqual([400, 'invalid_request']);
    }
    expect(resend.state.oauthGrants.all()[0]!.revoked_at).toBeNull();
    expect((await call(resend, 'GET', '/domains', { headers: bearer(access) })).status).toBe(200);
  });

  it('still revokes with token_type_hint=refresh_token or another hint (ignored)', async () => {
    const resend = fake();
    for (const hint of ['refresh_token', 'something_else']) {
      const { refresh_token: token } = await tokensFor(resend, 'full_access');
      const answer = await call(resend, 'POST', '/oauth/revoke', {
        headers: NO_KEY,
        body: { token, token_type_hint: hint },
      });
      expect(answer.status).toBe(200);
    }
    expect(resend.state.oauthGrants.all().map((g) => g.revoked_reason)).toEqual([
      'revoked_by_client',
      'revoked_by_client',
    ]);
  });
});

describe('scopes at GET /oauth/authorize', () => {
  /** The error `GET /oauth/authorize` redirects back with, and the state it carries. */
  async function refusal(scope: string, registeredScope = 'emails:send') {
    const resend = fake();
    const { clientId } = await registered(resend, registeredScope);
    const answer = await call(resend, 'GET', authorizeQuery(clientId, scope, 'xyz'), { headers: NO_KEY });
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(redirect);
    return { resend, params: Object.fromEntries(location.searchParams) };
  }

  it.each([
    ['a scope the client did not register', 'full_access'],
    ['an unknown scope', 'emails:send emails:read'],
  ])('redirects back with error=invalid_scope for %s, issuing no code', async (_, scope) => {
    const { resend, params } = await refusal(scope);
    expect(params).toEqual({ error: 'invalid_scope', error_description: expect.any(String), state: 'xyz' });
    expect(Object.keys(resend.state.oauthClients.all()[0]!.codes as object)).toEqual([]);
  });

  it('grants a scope the client registered, and emails:send to a full_access client', async () => {
    for (const [registeredScope, scope] of [
      ['emails:send', 'emails:send'],
      ['full_access', 'emails:send'],
      ['emails:send full_access', 'full_access emails:send'],
    ]) {
      const { params } = await refusal(scope!, registeredScope);
      expect(params).toEqual({ code: expect.any(String), state: 'xyz' });
    }
  });
});
