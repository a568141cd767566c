import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-a-long-enough-verifier';
const challenge = createHash('sha256').update(verifier).digest('base64url');
const redirect = 'http://127.0.0.1:49152/oauth/callback';

async function authorized(fake: ReturnType<typeof createFakeResend>) {
  const client = await call(fake, 'POST', '/oauth/register', {
    body: {
      client_name: 'CLI',
      redirect_uris: [redirect],
      scope: 'emails:send',
      logo_uri: 'https://cli.acme.dev/logo.png',
    },
  });
  expect(client.status).toBe(201);
  const query = new URLSearchParams({
    client_id: client.body.client_id,
    response_type: 'code',
    redirect_uri: redirect,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'xyz',
  });
  const authorize = await call(fake, 'GET', `/oauth/authorize?${query}`);
  expect(authorize.status).toBe(302);
  const location = new URL(authorize.headers.get('location')!);
  expect([location.origin + location.pathname, location.searchParams.get('state')]).toEqual([redirect, 'xyz']);
  return { clientId: client.body.client_id as string, code: location.searchParams.get('code')! };
}

describe('the OAuth flow against the fake', () => {
  it('redeems a code once with its PKCE verifier, creating a grant that lists and revokes from state', async () => {
    const fake = createFakeResend({ rateLimit: false, validateResponses: true });
    expect((await call(fake, 'GET', '/oauth/grants')).body.data).toEqual([]);
    const { clientId, code } = await authorized(fake);
    const body = {
      grant_type: 'authorization_code',
      client_id: clientId,
      code,
      redirect_uri: redirect,
      code_verifier: verifier,
    };
    const token = await call(fake, 'POST', '/oauth/token', { body });
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'emails:send' });
    const again = await call(fake, 'POST', '/oauth/token', { body });
    expect([again.status, again.body.error]).toEqual([400, 'invalid_grant']);

    const refreshed = await call(fake, 'POST', '/oauth/token', {
      body: { grant_type: 'refresh_token', refresh_token: token.body.refresh_token },
    });
    // The old token is not replayed here: that revokes the grant (oauth-spec-points.test.ts).
    expect(refreshed.body.refresh_token).not.toBe(token.body.refresh_token);

    const grants = await call(fake, 'GET', '/oauth/grants');
    expect(grants.body.data).toEqual([
      {
        id: expect.any(String),
        client_id: clientId,
        scopes: ['emails:send'],
        created_at: expect.any(String),
        revoked_at: null,
        revoked_reason: null,
        client: { name: 'CLI', logo_uri: 'https://cli.acme.dev/logo.png' },
      },
    ]);
    const revoked = await call(fake, 'DELETE', `/oauth/grants/${grants.body.data[0].id}`);
    expect(revoked.body).toMatchObject({ object: 'oauth_grant', revoked_reason: 'revoked_from_api' });
    expect(
      (
        await call(fake, 'POST', '/oauth/token', {
          body: { grant_type: 'refresh_token', refresh_token: refreshed.body.refresh_token },
        })
      ).status,
    ).toBe(400);
    expect((await call(fake, 'DELETE', '/oauth/grants/3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10')).status).toBe(404);
  });

  it('refuses a wrong verifier or redirect, an unknown client, and revokes through /oauth/revoke', async () => {
    const fake = createFakeResend({ rateLimit: false });
    const { clientId, code } = await authorized(fake);
    const wrong = await call(fake, 'POST', '/oauth/token', {
      body: {
        grant_type: 'authorization_code',
        client_id: clientId,
        code,
        redirect_uri: redirect,
        code_verifier: `${verifier}x`,
      },
    });
    expect([wrong.status, wrong.body.error]).toEqual([400, 'invalid_grant']);
    const unknown = await call(
      fake,
      'GET',
      `/oauth/authorize?client_id=nope&response_type=code&redirect_uri=${encodeURIComponent(redirect)}&code_challenge=${challenge}&code_challenge_method=S256`,
    );
    expect([unknown.status, unknown.body.error]).toEqual([401, 'invalid_client']);
    const next = await authorized(fake);
    const token = await call(fake, 'POST', '/oauth/token', {
      body: {
        grant_type: 'authorization_code',
        client_id: next.clientId,
        code: next.code,
        redirect_uri: redirect,
        code_verifier: verifier,
      },
    });
    expect((await call(fake, 'POST', '/oauth/revoke', { body: { token: token.body.refresh_token } })).status).toBe(200);
    expect((await call(fake, 'GET', '/oauth/grants')).body.data[0]).toMatchObject({
      revoked_reason: 'revoked_by_client',
    });
  });
});
