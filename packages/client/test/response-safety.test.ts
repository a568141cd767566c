import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { RateLimiter, createResendClient, toResendError, unwrap } from './api.js';
import { API_KEY, BASE_URL, email, json, testClient, useServer } from './helpers.js';

const server = useServer();

/** Everything printable about a value: JSON, inspect (deep) and, for errors, the stack and toJSON(). */
function printable(value: unknown): string {
  const parts = [inspect(value, { depth: 8, showHidden: true })];
  try {
    parts.push(JSON.stringify(value));
  } catch {
    // not JSON-able
  }
  if (value instanceof Error) parts.push(String(value.stack), JSON.stringify(value), value.message);
  return parts.join('\n');
}

describe('responses cannot leak the key, blow up memory, or pass for success', () => {
  it('redacts a key echoed by a server or proxy from error messages, toJSON, inspect and stacks', async () => {
    server.use(
      http.post(`${BASE_URL}/emails`, ({ request }) =>
        HttpResponse.json(
          { statusCode: 401, name: 'invalid_api_key', message: `Rejected ${request.headers.get('authorization')}` },
          { status: 401, headers: { 'x-echo': String(request.headers.get('authorization')) } },
        ),
      ),
      http.get(
        `${BASE_URL}/emails/:id`,
        ({ request }) =>
          new HttpResponse(`<html>bad gateway for ${request.headers.get('authorization')}</html>`, {
            status: 502,
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );
    const resend = testClient({ retry: false });
    const sent = await resend.POST('/emails', { body: email });
    expect(sent.error?.message).toContain('Bearer [redacted]');
    expect(sent.response.headers.get('x-echo')).toBe('Bearer [redacted]');
    const thrown = (() => {
      try {
        unwrap(sent);
      } catch (error) {
        return error;
      }
    })();
    const got = await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(got.error).toMatchObject({ name: 'invalid_response', statusCode: 502 });
    for (const value of [sent, thrown, got, toResendError(got.error, got.response)]) {
      expect(printable(value)).not.toContain(API_KEY);
    }
  });

  it('marks a send answered with a body over maxResponseBytes as maybe sent: the server answered it', async () => {
    server.use(http.post(`${BASE_URL}/emails`, () => json({ id: 'e1', padding: 'x'.repeat(2000) })));
    const thrown = await unwrap(testClient({ maxResponseBytes: 1000 }).emails.send(email)).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ name: 'response_too_large', statusCode: 200, maybeSent: true });
  });

  it('fails a response larger than maxResponseBytes as response_too_large, also when it is a gzip bomb', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    server.use(
      http.get(
        `${BASE_URL}/emails/:id`,
        () => new HttpResponse(bomb, { headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' } }),
      ),
      http.get(
        `${BASE_URL}/domains`,
        () => new HttpResponse('x'.repeat(5000), { headers: { 'content-length': '5000' } }),
      ),
    );
    const resend = testClient({ maxResponseBytes: 1024 * 1024 });
    const before = process.memoryUsage().arrayBuffers;
    const { error } = await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(error).toMatchObject({
      name: 'response_too_large',
      statusCode: 200,
      message: expect.stringMatching(/maxResponseBytes \(1048576\)/),
    });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
    const small = testClient({ maxResponseBytes: 1000 });
    expect((await small.GET('/domains')).error).toMatchObject({ name: 'response_too_large' });
    expect(() => testClient({ maxResponseBytes: 0 })).toThrow(/maxResponseBytes/);
    // Compressing 64 MiB alone takes about a second; a loaded 2-core machine needs several.
  }, 20_000);

  it.each([
    ['an empty body', () => new HttpResponse(null, { status: 200 })],
    ['null', () => HttpResponse.json(null)],
    ['a number', () => HttpResponse.json(42)],
    ['an object without id', () => HttpResponse.json({ ok: true })],
    [
      'an empty body labelled JSON',
      () => new HttpResponse('', { headers: { 'content-type': 'application/json', 'content-length': '0' } }),
    ],
  ])('turns a 2xx answer to a send with %s into invalid_response (may have been sent)', async (_, answer) => {
    server.use(http.post(`${BASE_URL}/emails`, answer), http.post(`${BASE_URL}/emails/batch`, answer));
    const resend = testClient();
    const single = await resend.POST('/emails', { body: email });
    expect(single.error).toMatchObject({
      name: 'invalid_response',
      statusCode: 200,
      message: expect.stringMatching(/may have been sent/),
    });
    expect(single.data).toBeUndefined();
    // The thrown error says so too: the API accepted the request (a re-send could send it twice).
    expect(() => unwrap(single)).toThrow(expect.objectContaining({ name: 'invalid_response', maybeSent: true }));
    const batch = await resend.POST('/emails/batch', { body: [email] });
    expect(batch.error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
    expect(() => unwrap(batch)).toThrow(expect.objectContaining({ maybeSent: true }));
  });

  it('says maybeSent for a 2xx answer cut on the way (unreadable JSON), through emails.send and unwrap', async () => {
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        () => new HttpResponse('{"id":"4ef9a417-02e9', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const result = await testClient().emails.send(email);
    expect(result.error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
    expect(result.error?.message).toMatch(/accepted the request, so it may have been carried out/);
    expect(() => unwrap(result)).toThrow(expect.objectContaining({ name: 'invalid_response', maybeSent: true }));
  });

  it('keeps maybeSent false for an unreadable answer that is not a 2xx (the API refused or failed it)', async () => {
    server.use(http.post(`${BASE_URL}/emails`, () => new HttpResponse('<html>bad gateway</html>', { status: 422 })));
    const result = await testClient({ retry: false }).POST('/emails', { body: email });
    expect(result.error).toMatchObject({ name: 'invalid_response', statusCode: 422 });
    expect(() => unwrap(result)).toThrow(expect.objectContaining({ maybeSent: false }));
  });

  it('does not follow a cross-origin redirect of a request with a body, and strips cookies and custom headers on a GET', async () => {
    let posted = 0;
    let seen: Headers | undefined;
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        () => new HttpResponse(null, { status: 307, headers: { location: 'https://elsewhere.example/emails' } }),
      ),
      http.post('https://elsewhere.example/emails', () => (posted++, HttpResponse.json({ id: 'stolen' }))),
      http.get(
        `${BASE_URL}/emails/:id`,
        () => new HttpResponse(null, { status: 302, headers: { location: 'https://elsewhere.example/e' } }),
      ),
      http.get(
        'https://elsewhere.example/e',
        ({ request }) => ((seen = request.headers), HttpResponse.json({ object: 'email', id: 'moved' })),
      ),
    );
    const resend = testClient({
      retry: false,
      headers: { 'x-team-secret': 's3', cookie: 'session=1', 'proxy-authorization': 'Basic eA==' },
    });
    const { response } = await resend.POST('/emails', { body: email });
    expect(response.status).toBe(307);
    expect(posted).toBe(0);
    const { data } = await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(data?.id).toBe('moved');
    for (const name of ['authorization', 'cookie', 'proxy-authorization', 'x-team-secret'])
      expect(seen?.get(name)).toBeNull();
    expect(seen?.get('user-agent')).toMatch(/resendkit/);
  });

  it('takes ratelimit-limit only from the configured origin, and never above 100', async () => {
    server.use(
      http.get(`${BASE_URL}/emails/:id`, ({ params }) =>
        params.id === 'away'
          ? new HttpResponse(null, { status: 302, headers: { location: 'https://elsewhere.example/e' } })
          : HttpResponse.json({ object: 'email', id: 'x' }, { headers: { 'ratelimit-limit': '1000000' } }),
      ),
      http.get('https://elsewhere.example/e', () =>
        HttpResponse.json({ object: 'email', id: 'y' }, { headers: { 'ratelimit-limit': '50' } }),
      ),
    );
    const resend = testClient({ rateLimit: { limit: 2, windowMs: 50 } });
    await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'away' } } });
    expect(resend.limiter?.limit).toBe(2);
    await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'here' } } });
    expect(resend.limiter?.limit).toBe(100);
    const limiter = new RateLimiter({ limit: 3 });
    for (const value of ['1e3', '0x10', ' 7 junk', '-4', '2.5']) {
      limiter.observe(new Response(null, { headers: { 'ratelimit-limit': value } }));
      expect(limiter.limit).toBe(3);
    }
  });

  it('maxQueue counts only calls that must wait: limit 5, queue 10, burst 100 lets 15 proceed', async () => {
    let requests = 0;
    server.use(http.get(`${BASE_URL}/emails/:id`, () => (requests++, HttpResponse.json({ object: 'email', id: 'x' }))));
    const resend = testClient({ rateLimit: { limit: 5, windowMs: 100, maxQueue: 10 } });
    const results = await Promise.all(
      Array.from({ length: 100 }, () => resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } })),
    );
    expect(results.filter((r) => r.data !== undefined)).toHaveLength(15);
    expect(results.filter((r) => r.error?.name === 'queue_full')).toHaveLength(85);
    expect(requests).toBe(15);
  });

  it('never says "nothing was sent" about a send whose earlier attempt reached the server', async () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxQueue: 1 });
    let posts = 0;
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        () => (
          posts++,
          HttpResponse.json({ statusCode: 500, name: 'application_error', message: 'lost' }, { status: 500 })
        ),
      ),
    );
    // Before the retry, another call takes the only queue place, so the retry finds the queue full.
    const controller = new AbortController();
    const blocker = vi.fn();
    const onRetry = () => void resend.GET('/domains', { signal: controller.signal }).catch(blocker);
    const resend = createResendClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      rateLimit: { limiter },
      retry: { baseDelayMs: 1, maxDelayMs: 1, onRetry },
    });
    const { error } = await resend.POST('/emails', { body: email });
    controller.abort();
    expect(posts).toBe(1);
    expect(error).toMatchObject({ name: 'queue_full' });
    expect(error?.message).not.toMatch(/nothing was sent/);
    expect(error?.message).toMatch(/may have been carried out/);
  });

  it.each([304])('turns a %i to a GET into a typed error instead of throwing', async (status) => {
    server.use(
      http.get(
        `${BASE_URL}/emails/:id`,
        () => new HttpResponse(null, { status, headers: { 'content-type': 'application/json' } }),
      ),
    );
    const { error, response } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: status });
    expect(response.status).toBe(502);
  });
});
