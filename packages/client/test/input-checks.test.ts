import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CallOptions } from '../src/call-options.js';
import { CALL_OPTION_NAMES, CLIENT_OPTION_NAMES, type ResendClientOptions } from '../src/client.js';
import { ResendConfigError, createResendClient, retryAfterSeconds } from './api.js';
import { API_KEY, BASE_URL, email, testClient, useServer } from './helpers.js';

const server = useServer();

function configError(build: () => unknown): ResendConfigError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(ResendConfigError);
    expect(String((error as Error).message)).not.toContain(API_KEY);
    return error as ResendConfigError;
  }
  throw new Error('expected a ResendConfigError');
}

describe('client options and per-call inputs are checked before anything is sent', () => {
  it.each(['https://api.resend.test?', 'https://api.resend.test/#', 'https://api.resend.test/v1?#'])(
    'refuses a baseUrl ending in a bare ? or #: %s',
    (baseUrl) => {
      expect(configError(() => createResendClient({ apiKey: API_KEY, baseUrl })).code).toBe('invalid_base_url');
    },
  );

  it.each([
    'http://api.localhost',
    'http://evil.localhost:8080',
    'http://a.b.localhost.',
    'http://localhost.',
    'http://localhost.:3000',
  ])('does not trust a *.localhost name as loopback for http: %s', (baseUrl) => {
    expect(configError(() => createResendClient({ apiKey: API_KEY, baseUrl })).code).toBe('insecure_base_url');
  });

  it.each([
    ['Idempotency-Key', { 'Idempotency-Key': 'fixed' }],
    ['idempotency-key (pairs)', [['idempotency-key', 'fixed']]],
    ['Authorization', { Authorization: 'Bearer other' }],
    ['Authorization (Headers)', new Headers({ authorization: 'Bearer other' })],
    ['a CR/LF value', { 'x-batch-validation': 'strict\r\nx-evil: 1' }],
    ['a LF value', { 'x-tag': 'a\nb' }],
    ['a non-Latin-1 value', { 'x-tag': 'caf€' }],
    ['a name with a space', { 'x tag': 'a' }],
  ])('refuses client-wide headers holding %s at construction', (_, headers) => {
    const error = configError(() =>
      createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, headers: headers as never }),
    );
    expect(error.code).toBe('invalid_option');
    expect(error.message).toMatch(/^headers: /);
    expect(error.message).not.toContain('Bearer other');
  });

  it('keeps sending valid client-wide headers', async () => {
    let seen: string | null = null;
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        ({ request }) => ((seen = request.headers.get('x-batch-validation')), HttpResponse.json({ id: 'e' })),
      ),
    );
    const { data } = await testClient({ headers: { 'x-batch-validation': 'permissive' } }).POST('/emails', {
      body: email,
    });
    expect(data?.id).toBe('e');
    expect(seen).toBe('permissive');
  });

  it.each([
    ['Authorization', { Authorization: 'Bearer x' }],
    ['a CR/LF value', { 'x-tag': 'a\r\nb' }],
    ['a non-Latin-1 Idempotency-Key', { 'Idempotency-Key': 'clé-€' }],
    ['a NUL', { 'x-tag': 'a\u0000' }],
  ])('resolves a per-call header holding %s as a typed invalid_header error, sending nothing', async (_, headers) => {
    let requests = 0;
    server.use(http.all('*', () => (requests++, HttpResponse.json({ id: 'e' }))));
    const result = await testClient().POST('/emails', { body: email, headers });
    expect(result.error).toMatchObject({ name: 'invalid_header', statusCode: null });
    expect(result.response.status).toBe(400);
    expect(requests).toBe(0);
  });

  it('checks calls made through client.request() too', async () => {
    let requests = 0;
    server.use(http.all('*', () => (requests++, HttpResponse.json({ id: 'e' }))));
    const resend = testClient();
    const viaRequest = resend.request as unknown as (m: string, p: string, i: object) => Promise<{ error?: unknown }>;
    expect((await viaRequest('post', '/emails', { body: email, headers: { 'x-tag': 'a\r\nb' } })).error).toMatchObject({
      name: 'invalid_header',
    });
    expect((await viaRequest('post', '/emails', { body: email, baseUrl: 'https://evil.example' })).error).toMatchObject(
      { name: 'invalid_url' },
    );
    expect(requests).toBe(0);
    expect((await viaRequest('post', '/emails', { body: email })).error).toBeUndefined();
    expect(requests).toBe(1);
  });

  it('keeps a valid per-call Idempotency-Key', async () => {
    let key: string | null = null;
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        ({ request }) => ((key = request.headers.get('idempotency-key')), HttpResponse.json({ id: 'e' })),
      ),
    );
    await testClient().POST('/emails', { body: email, headers: { 'Idempotency-Key': 'order-42' } });
    expect(key).toBe('order-42');
  });

  it('refuses a generated key that would break the header, sending nothing', async () => {
    let requests = 0;
    server.use(http.all('*', () => (requests++, HttpResponse.json({ id: 'e' }))));
    const resend = testClient({ idempotency: { generateKey: () => 'a\r\nb' } });
    const { error } = await resend.POST('/emails', { body: email });
    expect(error).toMatchObject({ name: 'invalid_idempotency_key' });
    expect(requests).toBe(0);
  });

  it('refuses a send whose generateKey throws, with its error as cause, sending nothing', async () => {
    let requests = 0;
    server.use(http.all('*', () => (requests++, HttpResponse.json({ id: 'e' }))));
    const bug = new Error('key store down');
    const resend = testClient({
      idempotency: {
        generateKey: () => {
          throw bug;
        },
      },
    });
    const { error } = await resend.emails.send(email);
    expect(error).toMatchObject({ name: 'invalid_idempotency_key', statusCode: null });
    expect(error?.message).toMatch(/generateKey threw/);
    expect((error as { cause?: unknown }).cause).toBe(bug);
    expect(requests).toBe(0);
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
    ['a number', 42],
  ])('refuses a generated key that is %s, sending nothing', async (_, key) => {
    let requests = 0;
    server.use(http.all('*', () => (requests++, HttpResponse.json({ id: 'e' }))));
    const { error } = await testClient({ idempotency: { generateKey: () => key as never } }).emails.send(email);
    expect(error).toMatchObject({ name: 'invalid_idempotency_key', statusCode: null });
    expect(requests).toBe(0);
  });

  it.each([
    ['an empty array', { email_id: [] }],
    ['an object', { email_id: {} }],
    ['a missing parameter', {}],
    ['no params.path at all', undefined],
    ['null', { email_id: null }],
    ['NaN', { email_id: Number.NaN }],
    ['an array of one', { email_id: ['a'] }],
  ])('refuses the path parameter as %s with invalid_path_parameter, sending nothing', async (_, path) => {
    let requests = 0;
    server.use(http.all('*', () => (requests++, HttpResponse.json({}))));
    const init = path === undefined ? {} : { params: { path } };
    const { error, response } = await testClient().GET('/emails/{email_id}', init as never);
    expect(error).toMatchObject({ name: 'invalid_path_parameter', statusCode: null });
    expect(response.status).toBe(400);
    expect(requests).toBe(0);
  });

  it('still takes a number as a path parameter', async () => {
    server.use(
      http.get(`${BASE_URL}/emails/:id`, ({ params }) => HttpResponse.json({ object: 'email', id: params.id })),
    );
    const { data } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: 42 as never } } });
    expect(data?.id).toBe('42');
  });
});

describe('options of the wrong kind are refused, not read as something else', () => {
  it.each([
    ['options itself', null, 'options must be an object (got null).'],
    ['retry: true', { retry: true }, 'retry must be an object or false (got boolean).'],
    ['rateLimit: "off"', { rateLimit: 'off' }, 'rateLimit must be an object or false (got string).'],
    ['idempotency: []', { idempotency: [] }, 'idempotency must be an object or false (got array).'],
    [
      'idempotency.paths as one string',
      { idempotency: { paths: '/emails' } },
      'idempotency.paths must be an array of strings (got string).',
    ],
    [
      'idempotency.generateKey',
      { idempotency: { generateKey: 'key' } },
      'idempotency.generateKey must be a function (got string).',
    ],
    ['retry.sleep', { retry: { sleep: 10 } }, 'retry.sleep must be a function (got number).'],
    ['rateLimit.team', { rateLimit: { team: 7 } }, 'rateLimit.team must be a string (got number).'],
    ['rateLimit.limiter', { rateLimit: { limiter: {} } }, 'rateLimit.limiter must be a RateLimiter (got object).'],
    ['rateLimit.now', { rateLimit: { team: 'kinds', now: 5 } }, 'rateLimit.now must be a function (got number).'],
    ['hooks', { hooks: 'log' }, 'hooks must be an object (got string).'],
    ['headers', { headers: 5 }, 'headers: not a Headers, an array of [name, value] pairs or an object (got number).'],
    ['fetch', { fetch: 'https://proxy' }, 'fetch must be a function (got string).'],
  ])('refuses %s with invalid_option naming it', (_, extra, message) => {
    const error = configError(() =>
      createResendClient(
        extra === null ? (null as never) : ({ apiKey: API_KEY, baseUrl: BASE_URL, ...extra } as never),
      ),
    );
    expect(error).toMatchObject({ code: 'invalid_option', message });
  });

  it.each([
    ['ratelimit', 'createResendClient has no option "ratelimit" (did you mean rateLimit?).'],
    ['timeout', 'createResendClient has no option "timeout" (did you mean timeoutMs?).'],
    ['api_key', 'createResendClient has no option "api_key" (did you mean apiKey?).'],
    ['key', `createResendClient has no option "key"; the options are ${CLIENT_OPTION_NAMES.join(', ')}.`],
  ])('refuses the misspelt option %s instead of leaving its default in force', (name, message) => {
    const error = configError(() => createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, [name]: false } as never));
    expect(error).toMatchObject({ code: 'invalid_option', message });
  });

  it('knows every option of ResendClientOptions by name, and no other', () => {
    expectTypeOf<(typeof CLIENT_OPTION_NAMES)[number]>().toEqualTypeOf<keyof ResendClientOptions>();
    expectTypeOf<(typeof CALL_OPTION_NAMES)[number]>().toEqualTypeOf<keyof CallOptions>();
    expect(new Set(CLIENT_OPTION_NAMES).size).toBe(CLIENT_OPTION_NAMES.length);
  });

  it('takes false and null (the defaults) for rateLimit, retry and idempotency', () => {
    for (const value of [false, null]) {
      const options = { rateLimit: value, retry: value, idempotency: value } as never;
      expect(() => createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, ...(options as object) })).not.toThrow();
    }
  });

  it.each([
    ['call options that are not an object', 'bulk', 'call options must be an object (got string).'],
    ['an unknown priority', { priority: 'urgent' }, 'priority must be "interactive" or "bulk" (got "urgent").'],
    ['retry: true', { retry: true }, 'retry must be an object or false (got boolean).'],
    [
      'a misspelt idempotencyKey (it would send under a random key)',
      { idempotency_key: 'order-1' },
      'A call has no option "idempotency_key" (did you mean idempotencyKey?).',
    ],
  ])('rejects a call with %s, sending nothing', async (_, callOptions, message) => {
    let sent = 0;
    server.use(http.post(`${BASE_URL}/emails`, () => (sent++, HttpResponse.json({ id: 'e' }))));
    const resend = testClient();
    const call = resend.emails.send(email, callOptions as never);
    await expect(call).rejects.toBeInstanceOf(ResendConfigError);
    await expect(call).rejects.toMatchObject({ code: 'invalid_option', message });
    expect(sent).toBe(0);
  });

  it("sends a call whose retry is null with the client's retries", async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/emails`, () =>
        ++calls === 1
          ? HttpResponse.json({ name: 'application_error' }, { status: 503 })
          : HttpResponse.json({ id: 'e' }),
      ),
    );
    const { data } = await testClient().emails.send(email, { retry: null as never, idempotencyKey: 'k-1' });
    expect(data).toEqual({ id: 'e' });
    expect(calls).toBe(2);
  });
});

describe('retry-after parsing', () => {
  const headers = (value: string) => new Headers({ 'retry-after': value });
  it.each(['-5', '1, 2', '0x10', '1e3', 'soon', '5s', 'Infinity', '-1', '2'.padStart(3, ' ') + 'x'])(
    'ignores %j',
    (value) => {
      expect(retryAfterSeconds(headers(value))).toBeNull();
    },
  );

  it('reads digits, a decimal fraction and the three HTTP-date forms', () => {
    const now = Date.parse('Sun, 06 Nov 1994 08:49:00 GMT');
    expect(retryAfterSeconds(headers('7'))).toBe(7);
    expect(retryAfterSeconds(headers('0.25'))).toBe(0.25);
    expect(retryAfterSeconds(headers('Sun, 06 Nov 1994 08:49:37 GMT'), now)).toBe(37);
    expect(retryAfterSeconds(headers('Sunday, 06-Nov-94 08:49:37 GMT'), now)).toBe(37);
    expect(retryAfterSeconds(headers('Sun Nov  6 08:49:37 1994'), now)).toBe(37);
  });
});

describe('a body JSON cannot hold', () => {
  it.each([
    ['a BigInt', () => ({ ...email, tags: [{ name: 'n', value: 1n }] })],
    [
      'a cycle',
      () => {
        const body: Record<string, unknown> = { ...email };
        body.self = body;
        return body;
      },
    ],
  ])(
    'resolves invalid_option with the platform error as cause, nothing sent, with and without middleware: %s',
    async (_, make) => {
      for (const middleware of [false, true]) {
        let sent = 0;
        const resend = createResendClient({
          apiKey: API_KEY,
          baseUrl: BASE_URL,
          rateLimit: false,
          fetch: async () => (
            sent++,
            new Response('{"id":"e-1"}', { headers: { 'content-type': 'application/json' } })
          ),
        });
        if (middleware) resend.use({ onRequest: ({ request }) => request });
        const result = await resend.emails.send(make() as never);
        expect(result.error).toMatchObject({ name: 'invalid_option', statusCode: null });
        expect(result).toMatchObject({ request: { method: 'POST', path: '/emails' } });
        expect(result.error?.message).toMatch(/^The body cannot be sent as JSON \(.+\); nothing was sent\.$/);
        expect((result.error as { cause?: unknown }).cause).toBeInstanceOf(TypeError);
        expect(sent).toBe(0);
      }
    },
  );
});
