import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ResendError, toResendError, unwrap } from '../src/index.js';
import { BASE_URL, email, testClient, useServer } from './helpers.js';

const server = useServer();

describe('errors', () => {
  it('returns an API error as a typed error, without throwing', async () => {
    server.use(
      http.post(`${BASE_URL}/emails`, () =>
        HttpResponse.json(
          { statusCode: 422, name: 'missing_required_field', message: 'Missing `to` field.' },
          { status: 422 },
        ),
      ),
    );
    const { data, error, response } = await testClient().POST('/emails', { body: email });
    expect(data).toBeUndefined();
    expect(error).toEqual({ statusCode: 422, name: 'missing_required_field', message: 'Missing `to` field.' });
    expect(response.status).toBe(422);
  });

  it('turns a proxy HTML 502 into invalid_response', async () => {
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        () =>
          new HttpResponse('<html><h1>502 Bad Gateway</h1></html>', {
            status: 502,
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );
    const { error, response } = await testClient().POST('/emails', {
      body: email,
      headers: { 'Idempotency-Key': 'k1' },
    });
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 502 });
    expect(error?.message).toContain('502 Bad Gateway');
    expect(response.status).toBe(502);
  });

  it.each([
    ['a page', () => new HttpResponse(`${'a'.repeat(119)}😀 and more`, { status: 502 }), /a{119}\.$/],
    [
      'a JSON error body without a message',
      () => HttpResponse.json({ detail: `${'x'.repeat(188)}😀 and more` }, { status: 500 }),
      /x{188}\.$/,
    ],
  ])('cuts %s quoted in an error message before an emoji, never through it', async (_what, answer, end) => {
    server.use(http.get(`${BASE_URL}/emails/:id`, answer));
    const thrown: unknown = await unwrap(testClient({ retry: false }).emails.get('x')).catch((error) => error);
    expect(thrown).toBeInstanceOf(ResendError);
    const { message } = thrown as ResendError;
    expect(message).toMatch(end);
    // A lone half of a surrogate pair shows as U+FFFD and makes encodeURIComponent throw.
    expect(message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('turns the 403 "error code: 1010" page into invalid_response naming the User-Agent', async () => {
    server.use(http.get(`${BASE_URL}/emails/:id`, () => HttpResponse.text('error code: 1010', { status: 403 })));
    const { error } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 403 });
    expect(error?.message).toMatch(/User-Agent/);
  });

  it('turns an empty error body into invalid_response', async () => {
    server.use(http.get(`${BASE_URL}/emails/:id`, () => new HttpResponse(null, { status: 404 })));
    const { error } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 404 });
  });

  it('turns an empty error body labelled content-length 0 into invalid_response, keeping its other headers', async () => {
    // openapi-fetch skips parsing a body whose content-length is "0": the replacement must not keep it.
    server.use(
      http.get(
        `${BASE_URL}/emails/:id`,
        () =>
          new HttpResponse(null, {
            status: 503,
            headers: { 'content-length': '0', 'x-request-id': 'req_1', 'retry-after': '7' },
          }),
      ),
    );
    const { error, response } = await testClient({ retry: false }).GET('/emails/{email_id}', {
      params: { path: { email_id: 'x' } },
    });
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 503 });
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('turns a 2xx non-JSON body into invalid_response instead of throwing', async () => {
    server.use(http.get(`${BASE_URL}/emails/:id`, () => HttpResponse.html('<html>captive portal</html>')));
    const { data, error } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
  });

  it('turns a garbled 2xx body labelled JSON into invalid_response with the real status, instead of throwing', async () => {
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        () => new HttpResponse('{"id":"4ef9a417-02e9', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const { data, error, response } = await testClient().POST('/emails', { body: email });
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
    expect(response.status).toBe(502);
  });

  it('unwrap returns data or throws a ResendError with name, status, retryAfter, method and path', async () => {
    server.use(
      http.get(`${BASE_URL}/emails/:id`, ({ params }) =>
        params.id === 'ok'
          ? HttpResponse.json({ object: 'email', id: 'ok' })
          : HttpResponse.json(
              { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' },
              { status: 429, headers: { 'retry-after': '7' } },
            ),
      ),
    );
    const resend = testClient({ retry: false });
    const email1 = unwrap(await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'ok' } } }));
    expect(email1.id).toBe('ok');
    let thrown: unknown;
    try {
      unwrap(await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'slow' } } }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ResendError);
    expect((thrown as ResendError).toJSON()).toEqual({
      name: 'rate_limit_exceeded',
      code: 'rate_limit_exceeded',
      statusCode: 429,
      message: 'Too many requests.',
      retryAfter: 7,
      method: 'GET',
      path: '/emails/slow',
      maybeSent: false,
    });
  });

  it.each([
    ['null', null],
    ['a string', 'data'],
    ['an object that is no result', { data: 1 }],
  ])('unwrap refuses %s by name instead of failing on a missing property', (_, given) => {
    expect(() => unwrap(given as never)).toThrow(
      expect.objectContaining({
        code: 'invalid_option',
        message: expect.stringMatching(/^unwrap takes a call's result or its promise \(got \w+\)\.$/),
      }),
    );
  });

  it('unwrap of a promise that settles with something else rejects the same way', async () => {
    await expect(unwrap(Promise.resolve(undefined) as never)).rejects.toMatchObject({
      code: 'invalid_option',
      message: "unwrap takes a call's result or its promise (got undefined).",
    });
  });

  it('toResendError names a network failure network_error with a null status', () => {
    const error = toResendError(
      new TypeError('fetch failed'),
      undefined,
      new Request(`${BASE_URL}/emails?x=1`, { method: 'POST' }),
    );
    expect(error).toMatchObject({ name: 'network_error', statusCode: null, method: 'POST', path: '/emails' });
  });

  it('ResendError keeps the API name, not "ResendError"', () => {
    const error = new ResendError({ name: 'not_found', statusCode: 404, message: 'nope', method: 'GET', path: '/x' });
    expect(error.name).toBe('not_found');
    expect(error).toBeInstanceOf(Error);
    expect(error.retryAfter).toBeNull();
  });
});

describe('idempotency', () => {
  it('gives POST /emails and /emails/batch a UUID key, and other routes none', async () => {
    const keys: Record<string, string | null> = {};
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        ({ request }) => ((keys.send = request.headers.get('idempotency-key')), HttpResponse.json({ id: '1' })),
      ),
      http.post(
        `${BASE_URL}/emails/batch`,
        ({ request }) => ((keys.batch = request.headers.get('idempotency-key')), HttpResponse.json({ data: [] })),
      ),
      http.get(
        `${BASE_URL}/emails`,
        ({ request }) => (
          (keys.list = request.headers.get('idempotency-key')),
          HttpResponse.json({ object: 'list', has_more: false, data: [] })
        ),
      ),
    );
    const resend = testClient();
    await resend.POST('/emails', { body: email });
    await resend.POST('/emails/batch', { body: [email] });
    await resend.GET('/emails');
    expect(keys.send).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys.batch).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys.batch).not.toBe(keys.send);
    expect(keys.list).toBeNull();
  });

  it('keeps a caller-given key', async () => {
    let key: string | null = null;
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        ({ request }) => ((key = request.headers.get('idempotency-key')), HttpResponse.json({ id: '1' })),
      ),
    );
    await testClient().POST('/emails', { body: email, params: { header: { 'Idempotency-Key': 'welcome-user/42' } } });
    expect(key).toBe('welcome-user/42');
  });

  it.each([
    ['empty', ''],
    ['257 characters', 'k'.repeat(257)],
  ])('refuses a caller key that is %s before sending', async (_label, key) => {
    let requests = 0;
    server.use(http.post(`${BASE_URL}/emails`, () => (requests++, HttpResponse.json({ id: '1' }))));
    const { error, response } = await testClient().POST('/emails', {
      body: email,
      headers: { 'Idempotency-Key': key },
    });
    expect(error).toMatchObject({ name: 'invalid_idempotency_key', statusCode: null });
    expect(response.status).toBe(400);
    expect(requests).toBe(0);
  });

  it('accepts a 256-character key', async () => {
    server.use(http.post(`${BASE_URL}/emails`, () => HttpResponse.json({ id: '1' })));
    const { data } = await testClient().POST('/emails', {
      body: email,
      headers: { 'Idempotency-Key': 'k'.repeat(256) },
    });
    expect(data?.id).toBe('1');
  });
});
