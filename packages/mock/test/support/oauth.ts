/**
 * The OAuth flow as the tests drive it: register a client, authorize it (the fake consents at
 * once), and redeem the code with its PKCE verifier. Shared so each OAuth test file reads as its
 * behaviour rather than the flow's plumbing.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { FakeResend } from '../../src/index.js';
import { call } from '../helpers.js';

/** The PKCE verifier every flow here uses, and its S256 challenge. */
export const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-a-long-enough-verifier';
export const challenge = createHash('sha256').update(verifier).digest('base64url');
/** The one redirect URI the clients register. */
export const redirect = 'http://127.0.0.1:49152/oauth/callback';
/** The OAuth flow endpoints take no API key. */
export const NO_KEY = { authorization: undefined };
/** How a client authenticates at the token endpoint. */
export type AuthMethod = 'none' | 'client_secret_basic' | 'client_secret_post';

/** The header that presents an access token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Registers a client with `scope`; its id and secret (confidential clients only). */
export async function registered(fake: FakeResend, scope: string, method: AuthMethod = 'none') {
  const client = await call(fake, 'POST', '/oauth/register', {
    headers: NO_KEY,
    body: { client_name: 'CLI', redirect_uris: [redirect], scope, token_endpoint_auth_method: method },
  });
  expect(client.status).toBe(201);
  return { clientId: client.body.client_id as string, secret: client.body.client_secret as string | undefined };
}

/** The `GET /oauth/authorize` query for `clientId`, asking for `scope` unless it is `undefined`. */
export function authorizeQuery(clientId: string, scope: string | undefined, state?: string): string {
  const query = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: redirect,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  if (scope !== undefined) query.set('scope', scope);
  if (state !== undefined) query.set('state', state);
  return `/oauth/authorize?${query}`;
}

/** Registers a client and authorizes it at once: its id, secret (confidential clients) and a code. */
export async function authorized(fake: FakeResend, scope: string, method: AuthMethod = 'none') {
  const client = await registered(fake, scope, method);
  const answer = await call(fake, 'GET', authorizeQuery(client.clientId, scope), { headers: NO_KEY });
  expect(answer.status).toBe(302);
  return { ...client, code: new URL(answer.headers.get('location')!).searchParams.get('code')! };
}

/** The body that redeems `code`. */
export const redeem = (code: string, extra: Record<string, string> = {}) => ({
  grant_type: 'authorization_code',
  code,
  redirect_uri: redirect,
  code_verifier: verifier,
  ...extra,
});

/** A public client's whole flow: the tokens `POST /oauth/token` answers. */
export async function tokensFor(fake: FakeResend, scope: string) {
  const { clientId, code } = await authorized(fake, scope);
  const answer = await call(fake, 'POST', '/oauth/token', {
    headers: NO_KEY,
    body: redeem(code, { client_id: clientId }),
  });
  expect(answer.status).toBe(200);
  return answer.body as { access_token: string; refresh_token: string; scope: string };
}

/** Trades `refreshToken` at `POST /oauth/token` (a public client's refresh). */
export const refresh = (fake: FakeResend, refreshToken: string) =>
  call(fake, 'POST', '/oauth/token', {
    headers: NO_KEY,
    body: { grant_type: 'refresh_token', refresh_token: refreshToken },
  });
