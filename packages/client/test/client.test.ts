import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ErrorResponse } from '@resendkit/types';
import {
  type ClientError,
  type ClientErrorBody,
  ResendConfigError,
  VERSION,
  createResendClient,
  resetSharedRateLimiters,
} from './api.js';
import { API_KEY, BASE_URL, email, json, testClient, useServer } from './helpers.js';

const server = useServer();

describe('construction', () => {
  it('refuses a missing key at construction, naming the env variable', () => {
    vi.stubEnv('RESEND_API_KEY', '');
    try {
      expect(() => createResendClient({ baseUrl: BASE_URL })).toThrow(ResendConfigError);
      expect(() => createResendClient({ baseUrl: BASE_URL })).toThrow(/RESEND_API_KEY/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    ['empty', ''],
    ['with a space', 're_abc def'],
    ['with a trailing newline', 're_abcdef\n'],
    ['with a tab', 're_\tabcdef'],
    ['with a control character', 're_abc\u0007def'],
    ['with a non-ASCII character', 're_abcdéf'],
  ])('refuses a key %s at construction without echoing it', (_label, apiKey) => {
    let thrown: unknown;
    try {
      createResendClient({ apiKey, baseUrl: BASE_URL });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ResendConfigError);
    expect((thrown as ResendConfigError).code).toBe('invalid_api_key');
    if (apiKey.length > 3) expect(String((thrown as Error).message)).not.toContain(apiKey.trim());
  });

  it('reads the key and base URL from the environment', async () => {
    vi.stubEnv('RESEND_API_KEY', API_KEY);
    vi.stubEnv('RESEND_BASE_URL', 'http://127.0.0.1:4010');
    try {
      let auth: string | null = null;
      server.use(
        http.get('http://127.0.0.1:4010/emails/:id', ({ request }) => {
          auth = request.headers.get('authorization');
          return HttpResponse.json({ object: 'email', id: 'x' });
        }),
      );
      const resend = createResendClient({ rateLimit: false });
      expect(resend.baseUrl).toBe('http://127.0.0.1:4010');
      const { data } = await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
      expect(data?.id).toBe('x');
      expect(auth).toBe(`Bearer ${API_KEY}`);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    ['timeoutMs', { timeoutMs: Number.NaN }],
    ['timeoutMs', { timeoutMs: 3e9 }],
    ['timeoutMs', { timeoutMs: '100' as unknown as number }],
    ['retry.retries', { retry: { retries: -1 } }],
    ['retry.retries', { retry: { retries: 1.5 } }],
    ['retry.baseDelayMs', { retry: { baseDelayMs: Number.NaN } }],
    ['retry.maxRetryAfterMs', { retry: { maxRetryAfterMs: 1e12 } }],
    ['rateLimit.limit', { rateLimit: { limit: 0, team: 'odd-0' } }],
    ['rateLimit.limit', { rateLimit: { limit: 0.5, team: 'odd-1' } }],
    ['rateLimit.windowMs', { rateLimit: { windowMs: 3e9, team: 'odd-2' } }],
    ['rateLimit.marginMs', { rateLimit: { marginMs: Number.NaN, team: 'odd-3' } }],
    ['rateLimit.maxQueue', { rateLimit: { maxQueue: -1, team: 'odd-4' } }],
    ['maxRedirects', { maxRedirects: -1 }],
    ['maxRedirects', { maxRedirects: Number.NaN }],
    // Of the wrong kind: a ResendConfigError, not a TypeError crash.
    ['userAgent', { userAgent: 5 as unknown as string }],
    ['userAgent', { userAgent: null as unknown as string }],
    ['fetch', { fetch: 'fetch' as unknown as typeof fetch }],
    ['rateLimit.maxQueue', { rateLimit: { maxQueue: 0, team: 'odd-5' } }],
  ] as const)('refuses an unusable %s at construction, naming it', (name, options) => {
    try {
      createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, ...(options as object) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ResendConfigError);
      expect(error).toMatchObject({ code: 'invalid_option' });
      expect((error as Error).message.startsWith(`${name} must be`)).toBe(true);
    } finally {
      resetSharedRateLimiters();
    }
  });

  it('says a non-string key is not a string', () => {
    expect(() => createResendClient({ apiKey: 123 as unknown as string, baseUrl: BASE_URL })).toThrow(
      /must be a string \(got number\)/,
    );
  });

  it('takes retry: null as the default retries', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      let calls = 0;
      server.use(
        http.get(`${BASE_URL}/emails/:id`, () =>
          ++calls === 1
            ? HttpResponse.json({ name: 'application_error' }, { status: 503 })
            : HttpResponse.json({ object: 'email', id: 'x' }),
        ),
      );
      const resend = createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: false, retry: null as never });
      const call = resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
      // The default backoff's first step is at most 500 ms.
      await vi.advanceTimersByTimeAsync(600);
      const { error } = await call;
      expect(error).toBeUndefined();
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('creates no timers at construction', () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    try {
      createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
      resetSharedRateLimiters();
    }
  });

  it('pins VERSION to package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('User-Agent', () => {
  it('sends "<app> resendkit/<VERSION> node/<version>" on every request', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.post(`${BASE_URL}/emails`, ({ request }) => {
        seen.push(request.headers.get('user-agent'));
        return HttpResponse.json({ id: '1' });
      }),
    );
    await testClient({ userAgent: 'my-app/1.0' }).POST('/emails', { body: email });
    await testClient().POST('/emails', { body: email });
    expect(seen).toEqual([
      `my-app/1.0 resendkit/${VERSION} node/${process.versions.node}`,
      `resendkit/${VERSION} node/${process.versions.node}`,
    ]);
  });

  it('refuses a userAgent with a line break (header injection)', () => {
    expect(() => testClient({ userAgent: 'app/1\r\nX-Evil: 1' })).toThrow(ResendConfigError);
  });
});

describe('fetch', () => {
  it('uses a custom fetch for every attempt', async () => {
    const calls: string[] = [];
    const fetch = vi.fn(async (request: Request) => {
      calls.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get('authorization')}`);
      return calls.length === 1
        ? json({ name: 'application_error', statusCode: 500, message: 'x' }, { status: 500 })
        : json({ object: 'email', id: 'e1' });
    });
    const resend = testClient({ fetch });
    const { data } = await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'e1' } } });
    expect(data?.id).toBe('e1');
    expect(calls).toEqual([`GET /emails/e1 Bearer ${API_KEY}`, `GET /emails/e1 Bearer ${API_KEY}`]);
  });

  it('sees a fetch mock installed after the client was created', async () => {
    const resend = testClient();
    const original = globalThis.fetch;
    const mock = vi.fn(async () => json({ id: 'late' }));
    globalThis.fetch = mock as typeof fetch;
    try {
      const { data } = await resend.POST('/emails', { body: email });
      expect(data?.id).toBe('late');
      expect(mock).toHaveBeenCalledTimes(1);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('keeps a user header and lets a user middleware see the request without the key', async () => {
    let seenByServer: string | null = null;
    server.use(
      http.post(`${BASE_URL}/emails/batch`, ({ request }) => {
        seenByServer = request.headers.get('x-batch-validation');
        return HttpResponse.json({ data: [{ id: '1' }] });
      }),
    );
    const resend = testClient({ headers: { 'x-batch-validation': 'permissive' } });
    const seen: (string | null)[] = [];
    resend.use({ onRequest: ({ request }) => void seen.push(request.headers.get('authorization')) });
    const { data } = await resend.POST('/emails/batch', { body: [email] });
    expect(data?.data).toHaveLength(1);
    expect(seenByServer).toBe('permissive');
    expect(seen).toEqual([null]);
  });
});

describe('types', () => {
  it('keeps POST /emails fully typed and types error as ErrorResponse | ClientErrorBody', async () => {
    server.use(http.post(`${BASE_URL}/emails`, () => HttpResponse.json({ id: 'typed' })));
    const resend = testClient();
    const result = await resend.POST('/emails', { body: email });
    expectTypeOf(result.data).toEqualTypeOf<{ id: string } | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<ErrorResponse | ClientErrorBody | undefined>();
    if (result.error) expectTypeOf(result.error.name).toEqualTypeOf<ErrorResponse['name'] | ClientErrorBody['name']>();
    expect(result.data?.id).toBe('typed');
    // @ts-expect-error subject is required
    void (() => resend.POST('/emails', { body: { from: 'a@b.c', to: 'd@e.f' } }));
    // @ts-expect-error no such path
    void (() => resend.POST('/nope', {}));
  });
});
