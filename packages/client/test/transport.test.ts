import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ResendConfigError, createResendClient } from '../src/index.js';
import { API_KEY, BASE_URL, email, testClient, useServer } from './helpers.js';

const server = useServer();

describe('transport safety', () => {
  it.each([
    ['undefined', undefined],
    ['object', { ok: true }],
    ['string', 'ok'],
  ])('names a fetch option that answers with %s instead of a Response, never the key', async (kind, answer) => {
    const resend = createResendClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      rateLimit: false,
      fetch: async () => answer as never,
    });
    const { error } = await resend.emails.get('e-1');
    expect(error).toMatchObject({ name: 'network_error', statusCode: null });
    expect(error?.message).toContain(`The fetch option answered with ${kind}, not a Response`);
    expect(error?.message).not.toContain(API_KEY);
  });

  it.each([
    ['a prototype-less object', () => Object.create(null), 'object'],
    [
      'an object whose toString throws',
      () => ({
        toString: () => {
          throw new Error('no text');
        },
      }),
      'object',
    ],
    ['a string', () => 'socket hang up', 'socket hang up'],
  ])('turns a fetch option rejecting with %s into a network_error naming it', async (_kind, make, named) => {
    const resend = createResendClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      rateLimit: false,
      retry: false,
      fetch: () => Promise.reject(make()),
    });
    const { error } = await resend.emails.get('e-1');
    expect(error).toMatchObject({ name: 'network_error', statusCode: null });
    expect(error?.message).toBe(`The request got no answer to ${new URL(BASE_URL).host}: ${named}.`);
    // The cause is the client's key-free copy of what was thrown, as for any thrown value.
    const cause = (error as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(Error);
    expect((cause as Error).message).toBe(named);
  });

  it.each([
    'http://api.resend.com',
    'http://10.0.0.1:8080',
    'http://127.evil.example',
    'http://localhost.evil.example',
  ])('refuses plain http to a non-loopback host: %s', (baseUrl) => {
    let thrown: unknown;
    try {
      createResendClient({ apiKey: API_KEY, baseUrl });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ResendConfigError);
    expect((thrown as ResendConfigError).code).toBe('insecure_base_url');
  });

  it.each([
    'http://localhost:3000',
    'http://127.0.0.1:4010',
    'http://127.8.9.10',
    'http://[::1]:8080',
    'https://proxy.example/resend/',
  ])('accepts https and loopback http: %s', (baseUrl) => {
    expect(createResendClient({ apiKey: API_KEY, baseUrl, rateLimit: false }).baseUrl).toBe(baseUrl.replace(/\/$/, ''));
  });

  it.each(['ftp://api.resend.com', 'not a url', 'https://user:pw@api.resend.com'])(
    'refuses an unusable baseUrl: %s',
    (baseUrl) => {
      expect(() => createResendClient({ apiKey: API_KEY, baseUrl })).toThrow(ResendConfigError);
    },
  );

  it.each([
    ['../api-keys', '/emails/..%2Fapi-keys'],
    ['a/b?c', '/emails/a%2Fb%3Fc'],
    ['a#b', '/emails/a%23b'],
  ])('keeps the path parameter %j inside its segment', async (id, expectedPath) => {
    let seen: URL | undefined;
    let escaped = false;
    server.use(
      http.get(`${BASE_URL}/emails/:id`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json({ object: 'email', id });
      }),
      http.all(`${BASE_URL}/api-keys`, () => ((escaped = true), HttpResponse.json({}))),
    );
    const { data } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: id } } });
    expect(escaped).toBe(false);
    expect(seen?.pathname).toBe(expectedPath);
    expect(seen?.search).toBe('');
    expect(data?.id).toBe(id);
  });

  it.each(['..', '.', ''])('refuses the path parameter %j without sending', async (id) => {
    let requests = 0;
    server.use(http.all('*', () => (requests++, HttpResponse.json({}))));
    const { error, response } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: id } } });
    expect(error).toMatchObject({ name: 'invalid_path_parameter', statusCode: null });
    expect(response.status).toBe(400);
    expect(requests).toBe(0);
  });

  it('drops Authorization on a redirect to another origin', async () => {
    let authAtOther: string | null | undefined;
    server.use(
      http.get(
        `${BASE_URL}/emails/:id`,
        () => new HttpResponse(null, { status: 307, headers: { location: 'https://elsewhere.example/e' } }),
      ),
      http.get('https://elsewhere.example/e', ({ request }) => {
        authAtOther = request.headers.get('authorization');
        return HttpResponse.json({ object: 'email', id: 'moved' });
      }),
    );
    const { data } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(data?.id).toBe('moved');
    expect(authAtOther).toBeNull();
  });

  it('keeps Authorization on a same-origin redirect', async () => {
    let auth: string | null | undefined;
    server.use(
      http.get(
        `${BASE_URL}/emails/old`,
        () => new HttpResponse(null, { status: 302, headers: { location: '/emails/new' } }),
      ),
      http.get(`${BASE_URL}/emails/new`, ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({ object: 'email', id: 'new' });
      }),
    );
    const { data } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: 'old' } } });
    expect(data?.id).toBe('new');
    expect(auth).toBe(`Bearer ${API_KEY}`);
  });

  it.each([301, 302, 303])('returns a %i to a POST instead of following it as a body-less GET', async (status) => {
    let followed = 0;
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        () => new HttpResponse(null, { status, headers: { location: '/emails/elsewhere' } }),
      ),
      http.all(`${BASE_URL}/emails/elsewhere`, () => ((followed += 1), HttpResponse.json({ id: 'not-sent' }))),
    );
    const { data, error, response } = await testClient({ retry: false }).POST('/emails', { body: email });
    expect(followed).toBe(0);
    expect(data).toBeUndefined();
    expect(response.status).toBe(status);
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: status });
  });

  it('follows a 307 to a POST with the same method and body', async () => {
    let received: unknown;
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        () => new HttpResponse(null, { status: 307, headers: { location: '/v2/emails' } }),
      ),
      http.post(
        `${BASE_URL}/v2/emails`,
        async ({ request }) => ((received = await request.json()), HttpResponse.json({ id: 'e1' })),
      ),
    );
    const { data } = await testClient({ retry: false }).POST('/emails', { body: email });
    expect(data?.id).toBe('e1');
    expect(received).toEqual(email);
  });

  it('does not follow a redirect to plain http', async () => {
    let followed = false;
    server.use(
      http.get(
        `${BASE_URL}/emails/:id`,
        () => new HttpResponse(null, { status: 301, headers: { location: 'http://evil.example/' } }),
      ),
      http.all('http://evil.example/*', () => ((followed = true), HttpResponse.json({}))),
    );
    const { error, response } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(followed).toBe(false);
    expect(response.status).toBe(301);
    expect(error?.name).toBe('invalid_response');
  });
});
