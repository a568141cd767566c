/**
 * OAuth secrets in the request log: a client secret, an authorization code, a PKCE verifier and the
 * access and refresh tokens never appear whole in what records or shows requests (`GET /logs`, the
 * inbox page and its JSON, `fake.state.requests`), in bodies (JSON and form-encoded), query strings,
 * headers and answers alike; they are masked as API keys are, and the flow itself still works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';
import { call } from './helpers.js';
import { NO_KEY, authorized, redirect, verifier } from './support/oauth.js';

const FORM = 'application/x-www-form-urlencoded';
/** What `POST /oauth/token` answers, as far as this test reads it. */
interface Tokens {
  access_token: string;
  refresh_token: string;
}

const fake = createFakeResend({ rateLimit: false });
let server: FakeServer;
beforeAll(async () => {
  server = await listen(fake);
});
afterAll(() => server.close());

/** A confidential client (`client_secret_post`) authorized at once: its id, secret and code. */
async function authorize() {
  const { clientId, secret, code } = await authorized(fake, 'full_access', 'client_secret_post');
  expect(secret).toEqual(expect.any(String));
  return { clientId, clientSecret: secret!, code };
}

/** authorize → token (form-encoded) → calls with the access token → refresh (JSON) → revoke; every secret seen. */
async function runFlow(): Promise<string[]> {
  const { clientId, clientSecret, code } = await authorize();
  const exchange = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: clientId,
    client_secret: clientSecret,
    code,
    redirect_uri: redirect,
    code_verifier: verifier,
  });
  const first = await call(fake, 'POST', '/oauth/token', {
    headers: { ...NO_KEY, 'content-type': FORM },
    body: exchange.toString(),
  });
  expect(first.status).toBe(200);
  const { access_token: access, refresh_token: refresh } = first.body as Tokens;
  // In a header, as clients send it, and in a query string, as RFC 6750 also allows.
  await call(fake, 'GET', '/domains', { headers: { authorization: `Bearer ${access}` } });
  await call(fake, 'GET', `/domains?access_token=${access}`, { headers: NO_KEY });
  const refreshed = await call(fake, 'POST', '/oauth/token', {
    headers: NO_KEY,
    body: { grant_type: 'refresh_token', refresh_token: refresh, client_id: clientId, client_secret: clientSecret },
  });
  expect(refreshed.status).toBe(200);
  const { access_token: access2, refresh_token: refresh2 } = refreshed.body as Tokens;
  await call(fake, 'GET', '/domains', { headers: { authorization: `Bearer ${access2}` } });
  const revoke = new URLSearchParams({ token: refresh2, client_id: clientId, client_secret: clientSecret });
  expect(
    (await call(fake, 'POST', '/oauth/revoke', { headers: { ...NO_KEY, 'content-type': FORM }, body: `${revoke}` }))
      .status,
  ).toBe(200);
  return [clientSecret, code, verifier, access, refresh, access2, refresh2];
}

/** Everything that shows the log: the API's `GET /logs` and each entry, the inbox's page and JSON, the state. */
async function everyView(): Promise<Record<string, string>> {
  const views: Record<string, string> = {};
  const list = await call(fake, 'GET', '/logs');
  views['GET /logs'] = list.text;
  for (const { id } of list.body.data as { id: string }[])
    views[`GET /logs/${id}`] = (await call(fake, 'GET', `/logs/${id}`)).text;
  views['inbox page'] = await (await fetch(server.inboxUrl)).text();
  views['inbox requests'] = await (await fetch(`${server.inboxUrl}api/requests?limit=100`)).text();
  for (const entry of fake.state.requests)
    views[`inbox request ${entry.id}`] = await (await fetch(`${server.inboxUrl}api/requests/${entry.id}`)).text();
  views['fake.inbox'] = JSON.stringify([fake.inbox.requests({ limit: 100 }), ...fake.state.requests]);
  views['fake.state.requests'] = JSON.stringify(fake.state.requests.all());
  return views;
}

describe('OAuth secrets in the request log', () => {
  let secrets: string[];
  beforeAll(async () => {
    secrets = await runFlow();
  });

  it('keeps the OAuth flow working: the refresh and revoke used the tokens the fake issued', () => {
    expect(fake.state.oauthGrants.all().map((g) => g.revoked_reason)).toEqual(['revoked_by_client']);
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('never shows a client secret, code, verifier, access or refresh token in the log API, the inbox or the state', async () => {
    const views = await everyView();
    const leaks = Object.entries(views).flatMap(([view, text]) =>
      secrets.filter((secret) => text.includes(secret)).map((secret) => `${view}: …${secret.slice(-4)}`),
    );
    expect(leaks).toEqual([]);
  });

  it('masks them as API keys are masked: the field stays, its value keeps only its last 4 characters', () => {
    const [clientSecret, code, , access, refresh] = secrets as [string, string, string, string, string];
    const [register, , token, header, query, refreshing] = fake.state.requests.all();
    expect(JSON.parse(register!.responseBody).client_secret).toBe(`…${clientSecret.slice(-4)}`);
    expect(token!.requestBody).toContain(`client_secret=…${clientSecret.slice(-4)}&code=…${code.slice(-4)}&`);
    expect(JSON.parse(token!.responseBody)).toMatchObject({
      access_token: `fake.…${access.slice(-4)}`,
      refresh_token: `…${refresh.slice(-4)}`,
      token_type: 'Bearer',
    });
    expect(header!.apiKey).toBe(`fake.…${access.slice(-4)}`);
    expect(query!.path).toBe(`/domains?access_token=fake.…${access.slice(-4)}`);
    expect(JSON.parse(refreshing!.requestBody).refresh_token).toBe(`…${refresh.slice(-4)}`);
  });
});
