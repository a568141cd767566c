/**
 * OAuth access tokens on the API: sent as `Bearer`, accepted within their grant's scopes
 * (`emails:send` for the send routes, `full_access` for everything), acting on the same state as
 * API-key calls; refused once expired (the fake's clock, never a real wait) or revoked; and the
 * secret checks of confidential clients at `/oauth/token` and `/oauth/revoke`.
 */
import { createResendClient } from '@resendkit/client';
import { describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { call, email } from './helpers.js';
import { authorized, bearer, NO_KEY, redeem, tokensFor } from './support/oauth.js';

/** A fake whose clock (`clock.t`, ms) the test moves. */
function clockedFake() {
  const clock = { t: Date.parse('2026-12-01T09:00:00Z') };
  const fake = createFakeResend({
    domains: ['acme.dev'],
    rateLimit: false,
    validateResponses: true,
    now: () => clock.t,
  });
  return { fake, clock };
}

const basic = (id: string, secret: string) => ({
  ...NO_KEY,
  authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
});

/** A segment with one contact and a draft broadcast to it, made with the API key. */
async function draftBroadcast(fake: FakeResend): Promise<string> {
  const segment = await call(fake, 'POST', '/segments', { body: { name: 'All' } });
  await call(fake, 'POST', '/contacts', { body: { email: 'ada@example.org', segments: [{ id: segment.body.id }] } });
  const broadcast = await call(fake, 'POST', '/broadcasts', {
    body: { segment_id: segment.body.id, from: 'news@acme.dev', subject: 'News', html: '<p>Hi</p>' },
  });
  expect(broadcast.status).toBe(201);
  return broadcast.body.id as string;
}

describe('OAuth access tokens on API calls', () => {
  it('sends an email with the access token of a full flow, into the same state API-key calls see', async () => {
    const { fake } = clockedFake();
    const { access_token: access } = await tokensFor(fake, 'emails:send');
    const sent = await call(fake, 'POST', '/emails', {
      headers: bearer(access),
      body: email({ subject: 'Via OAuth' }),
    });
    expect(sent.status).toBe(200);
    expect(fake.state.emails.get(sent.body.id)).toMatchObject({ subject: 'Via OAuth' });
    expect((await call(fake, 'GET', `/emails/${sent.body.id}`)).body).toMatchObject({ subject: 'Via OAuth' });
    // The request log masks the token as it masks API keys.
    expect(fake.state.requests.all().at(-2)!.apiKey).toBe(`fake.…${access.slice(-4)}`);
  });

  it('lets an emails:send token use every send route: POST /emails/batch and a broadcast send', async () => {
    const { fake } = clockedFake();
    const { access_token: access } = await tokensFor(fake, 'emails:send');
    const batch = await call(fake, 'POST', '/emails/batch', { headers: bearer(access), body: [email(), email()] });
    expect(batch.status).toBe(200);
    const id = await draftBroadcast(fake);
    expect((await call(fake, 'POST', `/broadcasts/${id}/send`, { headers: bearer(access), body: {} })).status).toBe(
      200,
    );
  });

  it('refuses an emails:send token on GET /domains with 403 invalid_permission naming the scope needed', async () => {
    const { fake } = clockedFake();
    const { access_token: access } = await tokensFor(fake, 'emails:send');
    const { status, body } = await call(fake, 'GET', '/domains', { headers: bearer(access) });
    expect([status, body.name]).toEqual([403, 'invalid_permission']);
    expect(body.message).toContain('`full_access`');
    expect(body.message).not.toContain(access);
  });

  it('lets a full_access token both send and read domains', async () => {
    const { fake } = clockedFake();
    const { access_token: access } = await tokensFor(fake, 'full_access');
    expect((await call(fake, 'POST', '/emails', { headers: bearer(access), body: email() })).status).toBe(200);
    const domains = await call(fake, 'GET', '/domains', { headers: bearer(access) });
    expect(domains.status).toBe(200);
    expect(domains.body.data.map((d: { name: string }) => d.name)).toEqual(['acme.dev']);
  });

  it('refuses a token 900 s after it was issued (the fake clock moved), and a refreshed one works again', async () => {
    const { fake, clock } = clockedFake();
    const { access_token: access, refresh_token: refresh } = await tokensFor(fake, 'full_access');
    clock.t += 899_000;
    expect((await call(fake, 'GET', '/domains', { headers: bearer(access) })).status).toBe(200);
    clock.t += 2_000;
    const expired = await call(fake, 'GET', '/domains', { headers: bearer(access) });
    expect([expired.status, expired.body.name]).toEqual([401, 'invalid_api_key']);
    expect(expired.body.message).toMatch(/expired/);
    const refreshed = await call(fake, 'POST', '/oauth/token', {
      headers: NO_KEY,
      body: { grant_type: 'refresh_token', refresh_token: refresh },
    });
    expect((await call(fake, 'GET', '/domains', { headers: bearer(refreshed.body.access_token) })).status).toBe(200);
  });

  it('rotates the refresh token: the access tokens issued so far keep theirs, the old one stops working', async () => {
    const { fake } = clockedFake();
    const { access_token: first, refresh_token: refresh } = await tokensFor(fake, 'full_access');
    const body = { grant_type: 'refresh_token', refresh_token: refresh };
    expect((await call(fake, 'POST', '/oauth/token', { headers: NO_KEY, body })).status).toBe(200);
    expect((await call(fake, 'GET', '/domains', { headers: bearer(first) })).status).toBe(200);
    // Replaying it also revokes the grant (oauth-spec-points.test.ts).
    const reused = await call(fake, 'POST', '/oauth/token', { headers: NO_KEY, body });
    expect([reused.status, reused.body.error]).toEqual([400, 'invalid_grant']);
  });

  it('refuses the access tokens of a grant revoked through POST /oauth/revoke', async () => {
    const { fake } = clockedFake();
    const { access_token: access, refresh_token: refresh } = await tokensFor(fake, 'emails:send');
    const revoke = await call(fake, 'POST', '/oauth/revoke', { headers: NO_KEY, body: { token: refresh } });
    expect(revoke.status).toBe(200);
    const refused = await call(fake, 'POST', '/emails', { headers: bearer(access), body: email() });
    expect([refused.status, refused.body.name]).toEqual([401, 'invalid_api_key']);
    expect(refused.body.message).toMatch(/revoked/);
    expect(fake.state.emails.all()).toEqual([]);
  });

  it('refuses the access tokens of a grant revoked through DELETE /oauth/grants/{id}', async () => {
    const { fake } = clockedFake();
    const { access_token: access } = await tokensFor(fake, 'full_access');
    const grant = fake.state.oauthGrants.all()[0]!;
    expect((await call(fake, 'DELETE', `/oauth/grants/${grant.id}`)).status).toBe(200);
    expect((await call(fake, 'GET', '/domains', { headers: bearer(access) })).status).toBe(401);
  });

  it('still refuses a Bearer token the fake never issued with 403 invalid_api_key', async () => {
    const { fake } = clockedFake();
    const { status, body } = await call(fake, 'GET', '/domains', { headers: bearer(`fake.${'a'.repeat(40)}`) });
    expect([status, body.name]).toEqual([403, 'invalid_api_key']);
  });

  it('works through @resendkit/client given the access token as its apiKey', async () => {
    const { fake } = clockedFake();
    const { access_token: access } = await tokensFor(fake, 'emails:send');
    const resend = createResendClient({ apiKey: access, fetch: fake.fetch, rateLimit: false, retry: false });
    const sent = await resend.emails.send({ from: 'login@acme.dev', to: 'ada@acme.dev', subject: 'Code', text: '42' });
    expect(sent.error).toBeUndefined();
    expect(fake.state.emails.get(sent.data!.id)).toMatchObject({ subject: 'Code' });
    const domains = await resend.domains.list();
    expect([domains.error?.name, domains.response?.status]).toEqual(['invalid_permission', 403]);
  });
});

describe('client authentication of confidential OAuth clients', () => {
  it.each(['client_secret_basic', 'client_secret_post'] as const)(
    'refuses a %s client without its secret or with a wrong one: 401 invalid_client, in OAuth shape',
    async (method) => {
      const { fake } = clockedFake();
      const { clientId, code } = await authorized(fake, 'emails:send', method);
      const attempts = [
        { headers: NO_KEY, body: redeem(code, { client_id: clientId }) },
        { headers: NO_KEY, body: redeem(code, { client_id: clientId, client_secret: 'wrong' }) },
        { headers: basic(clientId, 'wrong'), body: redeem(code) },
      ];
      for (const attempt of attempts) {
        const { status, body } = await call(fake, 'POST', '/oauth/token', attempt);
        expect([status, body.error]).toEqual([401, 'invalid_client']);
        expect(body.error_description).toEqual(expect.any(String));
        expect(body).not.toHaveProperty('statusCode');
      }
      expect(fake.state.oauthGrants.all()).toEqual([]);
    },
  );

  it('issues tokens to a client_secret_basic client authenticating with HTTP Basic', async () => {
    const { fake } = clockedFake();
    const { clientId, secret, code } = await authorized(fake, 'emails:send', 'client_secret_basic');
    const answer = await call(fake, 'POST', '/oauth/token', { headers: basic(clientId, secret!), body: redeem(code) });
    expect(answer.status).toBe(200);
    const sent = await call(fake, 'POST', '/emails', { headers: bearer(answer.body.access_token), body: email() });
    expect(sent.status).toBe(200);
    // The request log shows neither the secret nor the Basic credentials that carry it.
    const log = JSON.stringify(fake.state.requests.all());
    expect([log.includes(secret!), log.includes(basic(clientId, secret!).authorization.slice(6))]).toEqual([
      false,
      false,
    ]);
  });

  it('issues tokens to a client_secret_post client sending client_secret in the body, and checks it on refresh and revoke', async () => {
    const { fake } = clockedFake();
    const { clientId, secret, code } = await authorized(fake, 'full_access', 'client_secret_post');
    const credentials = { client_id: clientId, client_secret: secret! };
    const answer = await call(fake, 'POST', '/oauth/token', { headers: NO_KEY, body: redeem(code, credentials) });
    expect(answer.status).toBe(200);
    const refresh = { grant_type: 'refresh_token', refresh_token: answer.body.refresh_token as string };
    const noSecret = await call(fake, 'POST', '/oauth/token', { headers: NO_KEY, body: refresh });
    expect([noSecret.status, noSecret.body.error]).toEqual([401, 'invalid_client']);
    const refreshed = await call(fake, 'POST', '/oauth/token', {
      headers: NO_KEY,
      body: { ...refresh, ...credentials },
    });
    expect(refreshed.status).toBe(200);
    const token = refreshed.body.refresh_token as string;
    const unauthenticated = await call(fake, 'POST', '/oauth/revoke', { headers: NO_KEY, body: { token } });
    expect([unauthenticated.status, unauthenticated.body.error]).toEqual([401, 'invalid_client']);
    expect(fake.state.oauthGrants.all()[0]!.revoked_at).toBeNull();
    const revoked = await call(fake, 'POST', '/oauth/revoke', { headers: NO_KEY, body: { token, ...credentials } });
    expect(revoked.status).toBe(200);
    expect((await call(fake, 'GET', '/domains', { headers: bearer(refreshed.body.access_token) })).status).toBe(401);
  });

  it('refuses a client authenticating both with HTTP Basic and client_secret in the body: 400 invalid_request', async () => {
    const { fake } = clockedFake();
    const { clientId, secret, code } = await authorized(fake, 'emails:send', 'client_secret_basic');
    const { status, body } = await call(fake, 'POST', '/oauth/token', {
      headers: basic(clientId, secret!),
      body: redeem(code, { client_id: clientId, client_secret: secret! }),
    });
    expect([status, body.error]).toEqual([400, 'invalid_request']);
  });

  it("refuses another client's credentials with a refresh token: 400 invalid_grant, the grant unchanged", async () => {
    const { fake } = clockedFake();
    const { refresh_token: refresh } = await tokensFor(fake, 'full_access');
    const other = await authorized(fake, 'full_access', 'client_secret_basic');
    const { status, body } = await call(fake, 'POST', '/oauth/token', {
      headers: basic(other.clientId, other.secret!),
      body: { grant_type: 'refresh_token', refresh_token: refresh },
    });
    expect([status, body.error]).toEqual([400, 'invalid_grant']);
    expect(fake.state.oauthGrants.all()[0]!.refresh_token).toBe(refresh);
  });

  it('still lets a public client (none) redeem, refresh and revoke without a secret', async () => {
    const { fake } = clockedFake();
    const { access_token: access, refresh_token: refresh } = await tokensFor(fake, 'emails:send');
    const refreshed = await call(fake, 'POST', '/oauth/token', {
      headers: NO_KEY,
      body: { grant_type: 'refresh_token', refresh_token: refresh },
    });
    expect(refreshed.status).toBe(200);
    const token = refreshed.body.refresh_token as string;
    expect((await call(fake, 'POST', '/oauth/revoke', { headers: NO_KEY, body: { token } })).status).toBe(200);
    expect(fake.state.oauthGrants.all()[0]!.revoked_reason).toBe('revoked_by_client');
    expect((await call(fake, 'POST', '/emails', { headers: bearer(access), body: email() })).status).toBe(401);
  });
});
