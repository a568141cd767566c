import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getEventListeners } from 'node:events';
import { type Attempt, type RetryEvent, SAFE_METHODS, isSafeToRepeat, withRetry, withTimeout } from './api.js';
import { BASE_URL, email, json, testClient, useServer } from './helpers.js';

const server = useServer();

/** A send endpoint that remembers idempotency keys like Resend: a replayed key gets the first answer. */
function idempotentSendServer(firstAttempt: 'error-500' | 'cut-connection' | 'cut-body') {
  const sent: { key: string | null; subject: string }[] = [];
  const keysSeen: (string | null)[] = [];
  const byKey = new Map<string, { id: string }>();
  server.use(
    http.post(`${BASE_URL}/emails`, async ({ request }) => {
      const key = request.headers.get('idempotency-key');
      keysSeen.push(key);
      const stored = key === null ? undefined : byKey.get(key);
      if (stored) return HttpResponse.json(stored);
      const body = (await request.json()) as { subject: string };
      sent.push({ key, subject: body.subject });
      const result = { id: `email-${sent.length}` };
      if (key !== null) byKey.set(key, result);
      // The email went out, but its response is lost on the way back.
      if (keysSeen.length === 1) {
        if (firstAttempt === 'cut-body') return cutBody('{"object":"email","id":"ema');
        return firstAttempt === 'cut-connection'
          ? HttpResponse.error()
          : HttpResponse.json({ statusCode: 500, name: 'application_error', message: 'boom' }, { status: 500 });
      }
      return HttpResponse.json(result);
    }),
  );
  return { sent, keysSeen };
}

/** A 200 whose JSON body breaks off after `prefix`, as when the connection drops mid-body. */
function cutBody(prefix: string): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(prefix));
      controller.error(new TypeError('terminated'));
    },
  });
  return new HttpResponse(body, { headers: { 'content-type': 'application/json' } });
}

describe('retries', () => {
  it.each(['error-500', 'cut-connection', 'cut-body'] as const)(
    'delivers a POST /emails whose first response is lost (%s) exactly once, with one key',
    async (mode) => {
      const srv = idempotentSendServer(mode);
      const { data, error } = await testClient().POST('/emails', { body: email });
      expect(error).toBeUndefined();
      expect(data?.id).toBe('email-1');
      expect(srv.sent).toHaveLength(1);
      expect(srv.keysSeen).toHaveLength(2);
      expect(new Set(srv.keysSeen).size).toBe(1);
      expect(srv.keysSeen[0]).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it('retries a GET whose body breaks off halfway, as a network error', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/emails/:id`, () =>
        ++calls === 1 ? cutBody('{"object":"em') : HttpResponse.json({ object: 'email', id: 'e1' }),
      ),
    );
    const { data, error } = await testClient().GET('/emails/{email_id}', { params: { path: { email_id: 'e1' } } });
    expect(error).toBeUndefined();
    expect(data?.id).toBe('e1');
    expect(calls).toBe(2);
  });

  it('resolves a body that breaks off on every attempt as network_error instead of throwing', async () => {
    server.use(http.get(`${BASE_URL}/emails/:id`, () => cutBody('{"object":"em')));
    const { data, error } = await testClient({ retry: { retries: 1 } }).GET('/emails/{email_id}', {
      params: { path: { email_id: 'e1' } },
    });
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ name: 'network_error', statusCode: null });
    expect(error?.message).toMatch(/after 2 attempts/);
  });

  it('honours retry-after on a 429 (fake timers)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const times: number[] = [];
      server.use(
        http.get(`${BASE_URL}/emails/:id`, () => {
          times.push(Date.now());
          return times.length === 1
            ? HttpResponse.json(
                { statusCode: 429, name: 'rate_limit_exceeded', message: 'slow down' },
                { status: 429, headers: { 'retry-after': '3' } },
              )
            : HttpResponse.json({ object: 'email', id: 'x' });
        }),
      );
      const call = testClient().GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
      await vi.advanceTimersByTimeAsync(2900);
      expect(times).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(200);
      const { data } = await call;
      expect(data?.id).toBe('x');
      expect(times).toHaveLength(2);
      expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(3000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries a 429 of a POST without an idempotency key, and tells onRetry', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/domains`, () =>
        ++calls === 1
          ? HttpResponse.json(
              { statusCode: 429, name: 'rate_limit_exceeded', message: 'x' },
              { status: 429, headers: { 'retry-after': '0' } },
            )
          : HttpResponse.json({ id: 'd' }),
      ),
    );
    const events: RetryEvent[] = [];
    const resend = testClient({ retry: { onRetry: (e) => events.push(e) } });
    // `/domains` is not in the generated core spec yet; the runtime does not care.
    const { response } = await resend.request('post' as never, '/domains' as never, { body: {} } as never);
    expect(response.status).toBe(200);
    expect(calls).toBe(2);
    expect(events).toEqual([
      { retry: 1, reason: 'rate_limited', status: 429, delayMs: 0, method: 'POST', path: '/domains' },
    ]);
  });

  it('still retries when onRetry throws: a send answered 503 once is delivered on the retry, not reported as unanswered', async () => {
    let attempts = 0;
    const resend = testClient({
      retry: {
        onRetry: () => {
          throw new Error('metrics backend down');
        },
      },
      fetch: async () =>
        ++attempts === 1
          ? json({ statusCode: 503, name: 'service_unavailable', message: 'Down.' }, { status: 503 })
          : json({ id: 'email-1' }),
    });
    const { data, error } = await resend.emails.send(email);
    expect(error).toBeUndefined();
    expect(data?.id).toBe('email-1');
    expect(attempts).toBe(2);
  });

  it('still retries when an async onRetry rejects, and leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', note);
    let attempts = 0;
    try {
      const resend = testClient({
        retry: {
          onRetry: async () => {
            throw new Error('metrics backend down');
          },
        },
        fetch: async () =>
          ++attempts === 1
            ? json({ statusCode: 503, name: 'service_unavailable', message: 'Down.' }, { status: 503 })
            : json({ id: 'email-1' }),
      });
      const { data } = await resend.emails.send(email);
      expect(data?.id).toBe('email-1');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', note);
    }
    expect(attempts).toBe(2);
    expect(unhandled).toEqual([]);
  });

  it('does not retry a quota 429', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/emails`, () => {
        calls++;
        return HttpResponse.json({ statusCode: 429, name: 'daily_quota_exceeded', message: 'quota' }, { status: 429 });
      }),
    );
    const { error } = await testClient().POST('/emails', { body: email });
    expect(error?.name).toBe('daily_quota_exceeded');
    expect(calls).toBe(1);
  });

  it('does not retry a POST without an idempotency key on 500', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/emails/:id/cancel`, () => {
        calls++;
        return HttpResponse.json({ statusCode: 500, name: 'application_error', message: 'boom' }, { status: 500 });
      }),
    );
    const { error, response } = await testClient().request(
      'post' as never,
      '/emails/{email_id}/cancel' as never,
      {
        params: { path: { email_id: 'e1' } },
      } as never,
    );
    expect(response.status).toBe(500);
    expect((error as unknown as { name: string }).name).toBe('application_error');
    expect(calls).toBe(1);
  });

  it.each([500, 502, 503, 504])('retries a GET on %i up to `retries` times', async (status) => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/emails/:id`, () => {
        calls++;
        return HttpResponse.json({ statusCode: status, name: 'application_error', message: 'x' }, { status });
      }),
    );
    const { error } = await testClient({ retry: { retries: 3 } }).GET('/emails/{email_id}', {
      params: { path: { email_id: 'x' } },
    });
    expect(error?.statusCode).toBe(status);
    expect(calls).toBe(4);
  });

  it('retries a 409 concurrent_idempotent_requests after a short wait', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/emails`, () =>
        ++calls === 1
          ? HttpResponse.json(
              { statusCode: 409, name: 'concurrent_idempotent_requests', message: 'busy' },
              { status: 409 },
            )
          : HttpResponse.json({ id: 'ok' }),
      ),
    );
    const { data } = await testClient().POST('/emails', { body: email });
    expect(data?.id).toBe('ok');
    expect(calls).toBe(2);
  });

  it('does not retry a 409 invalid_idempotent_request', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/emails`, () => {
        calls++;
        return HttpResponse.json(
          { statusCode: 409, name: 'invalid_idempotent_request', message: 'diff' },
          { status: 409 },
        );
      }),
    );
    const { error } = await testClient().POST('/emails', { body: email });
    expect(error?.name).toBe('invalid_idempotent_request');
    expect(calls).toBe(1);
  });

  it('backs off exponentially with full jitter under a cap', async () => {
    server.use(http.get(`${BASE_URL}/emails/:id`, () => HttpResponse.json({}, { status: 503 })));
    const delays: number[] = [];
    const resend = testClient({
      retry: {
        retries: 4,
        baseDelayMs: 100,
        maxDelayMs: 300,
        random: () => 0.5,
        sleep: async (ms) => void delays.push(ms),
      },
    });
    await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(delays).toEqual([50, 100, 150, 150]);
  });

  it.each([
    ['a GET', 'GET', {}, 2],
    ['a send with an Idempotency-Key', 'POST', {}, 2],
    ['a send without one', 'POST', { idempotency: false }, 1],
  ] as const)(
    'keeps the 503 of %s when retry.random throws, retrying only what is safe',
    async (_, method, extra, sent) => {
      let calls = 0;
      const answer = { statusCode: 503, name: 'service_unavailable', message: 'down' };
      server.use(http.all(`${BASE_URL}/emails*`, () => (calls++, HttpResponse.json(answer, { status: 503 }))));
      const resend = testClient({
        ...extra,
        retry: {
          retries: 1,
          random: () => {
            throw new Error('no entropy');
          },
        },
      });
      const { error } = await (method === 'GET' ? resend.emails.get('x') : resend.emails.send(email));
      expect(error).toMatchObject(answer);
      expect(calls).toBe(sent);
    },
  );

  it('keeps backing off after a cut connection when retry.random throws', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/emails/:id`, () => (++calls < 2 ? HttpResponse.error() : HttpResponse.json({ id: 'x' }))),
    );
    const random = () => {
      throw new Error('no entropy');
    };
    const { data, error } = await testClient({ retry: { random } }).emails.get('x');
    expect(error).toBeUndefined();
    expect(data).toMatchObject({ id: 'x' });
    expect(calls).toBe(2);
  });

  it('becomes a typed network_error after the last retry', async () => {
    let calls = 0;
    server.use(http.get(`${BASE_URL}/emails/:id`, () => (calls++, HttpResponse.error())));
    const { error, response } = await testClient({ retry: { retries: 2 } }).GET('/emails/{email_id}', {
      params: { path: { email_id: 'x' } },
    });
    expect(error).toMatchObject({ name: 'network_error', statusCode: null });
    expect(error?.message).toMatch(/after 3 attempts/);
    expect(response.status).toBe(599);
    expect(calls).toBe(3);
  });

  it('retries a per-attempt timeout of a GET and then reports timeout', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/emails/:id`, async () => {
        calls++;
        await delay(5_000);
        return HttpResponse.json({ object: 'email', id: 'x' });
      }),
    );
    const { error } = await testClient({ timeoutMs: 30, retry: { retries: 1 } }).GET('/emails/{email_id}', {
      params: { path: { email_id: 'x' } },
    });
    expect(error).toMatchObject({ name: 'timeout', statusCode: null });
    expect(calls).toBe(2);
  });

  it('times out a body that stalls after the headers', async () => {
    let calls = 0;
    const stalled = async (request: Request) => {
      calls++;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"object":"em'));
          // As undici does: aborting the request errors a body still arriving.
          request.signal.addEventListener('abort', () => controller.error(request.signal.reason), { once: true });
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    };
    const { data, error } = await testClient({ fetch: stalled, timeoutMs: 30, retry: { retries: 1 } }).GET(
      '/emails/{email_id}',
      {
        params: { path: { email_id: 'x' } },
      },
    );
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ name: 'timeout', statusCode: null });
    expect(calls).toBe(2);
  });

  it("ends an attempt at its time limit or the caller's abort when a fetch ignores the signal", async () => {
    // A fetch that drops the signal (a wrapper calling fetch(request.url, { method, headers, body })),
    // or a body stream that does not error on abort, would otherwise keep the call waiting forever.
    const never = vi.fn(() => new Promise<Response>(() => undefined));
    const stalledBody = vi.fn(
      async () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"id')) })),
    );
    for (const fetch of [never, stalledBody]) {
      const timed = await testClient({ fetch, timeoutMs: 30, retry: false }).emails.send(email);
      expect(timed.error).toMatchObject({ name: 'timeout', statusCode: null });
      const controller = new AbortController();
      const call = testClient({ fetch, timeoutMs: 0 }).emails.send(email, { signal: controller.signal });
      await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
      controller.abort('caller stopped');
      await expect(call).rejects.toBe('caller stopped');
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    }
  });

  it('stops a backoff at once when the caller aborts', async () => {
    let calls = 0;
    server.use(http.get(`${BASE_URL}/emails/:id`, () => (calls++, HttpResponse.json({}, { status: 503 }))));
    const controller = new AbortController();
    const reason = new Error('caller stopped');
    const resend = testClient({
      retry: {
        baseDelayMs: 60_000,
        maxDelayMs: 60_000,
        random: () => 1,
        onRetry: () => setTimeout(() => controller.abort(reason), 5),
      },
    });
    const started = performance.now();
    await expect(
      resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } }, signal: controller.signal }),
    ).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(calls).toBe(1);
  });

  it('retries a 503 of a DELETE, which is safe to repeat', async () => {
    let calls = 0;
    server.use(
      http.delete(`${BASE_URL}/api-keys/:id`, () =>
        ++calls === 1
          ? HttpResponse.json({ statusCode: 503, name: 'application_error', message: 'busy' }, { status: 503 })
          : HttpResponse.json({ object: 'api_key', id: 'k1', deleted: true }),
      ),
    );
    const { error } = await testClient().DELETE('/api-keys/{api_key_id}', { params: { path: { api_key_id: 'k1' } } });
    expect(error).toBeUndefined();
    expect(calls).toBe(2);
  });

  it.each([
    ['PUT', 2],
    ['HEAD', 2],
    ['GET', 2],
    ['PATCH', 1],
    ['POST', 1],
  ] as const)('repeats a %s after a 502 only when the method is safe (%d attempts)', async (method, attempts) => {
    let calls = 0;
    const send = withRetry(async () => new Response(null, { status: ++calls === 1 ? 502 : 200 }), {
      baseDelayMs: 1,
      sleep: async () => undefined,
    });
    const attempt: Attempt = {
      url: `${BASE_URL}/x`,
      method,
      headers: [],
      body: null,
      signal: new AbortController().signal,
    };
    const response = await send(attempt);
    expect(calls).toBe(attempts);
    expect(response.status).toBe(attempts === 2 ? 200 : 502);
  });

  it('waits for ratelimit-reset on a 429 without retry-after', async () => {
    const delays: number[] = [];
    let calls = 0;
    const send = withRetry(
      async () =>
        ++calls === 1
          ? new Response('{"name":"rate_limit_exceeded"}', { status: 429, headers: { 'ratelimit-reset': '3' } })
          : new Response('{"id":"x"}', { status: 200 }),
      { sleep: async (ms) => void delays.push(ms) },
    );
    const response = await send({
      url: `${BASE_URL}/emails`,
      method: 'POST',
      headers: [],
      body: null,
      signal: new AbortController().signal,
    });
    expect(response.status).toBe(200);
    expect(delays).toEqual([3000]);
  });

  it("leaves no abort listener behind on the caller's signal after many timed attempts", async () => {
    const controller = new AbortController();
    const send = withRetry(
      withTimeout(async () => new Response(null, { status: 503 }), 1_000),
      {
        retries: 12,
        sleep: async () => undefined,
      },
    );
    const response = await send({
      url: `${BASE_URL}/x`,
      method: 'GET',
      headers: [],
      body: null,
      signal: controller.signal,
    });
    expect(response.status).toBe(503);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('keeps the list of safe methods frozen, so no POST becomes repeatable', () => {
    expect(() => (SAFE_METHODS as string[]).push('POST')).toThrow(TypeError);
    expect(isSafeToRepeat({ method: 'POST', headers: [] })).toBe(false);
  });

  it('can be switched off', async () => {
    let calls = 0;
    server.use(http.get(`${BASE_URL}/emails/:id`, () => (calls++, json({}, { status: 503 }))));
    await testClient({ retry: false }).GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(calls).toBe(1);
  });
});

describe('maybeSent on a call whose attempts got no answer', () => {
  const cut = (code: string) => () =>
    Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) }));

  it('is true for one attempt that reached its time limit: the server may have carried it out', async () => {
    const { unwrap } = await import('./api.js');
    const resend = testClient({
      retry: false,
      timeoutMs: 20,
      fetch: (request) =>
        new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))),
    });
    const thrown = await unwrap(resend.emails.send(email)).catch((error: unknown) => error);
    expect(thrown).toMatchObject({ name: 'timeout', maybeSent: true });
  });

  it.each(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'])(
    'is true for one attempt cut off by %s: the request may have been written',
    async (code) => {
      const { unwrap } = await import('./api.js');
      const resend = testClient({ retry: false, fetch: cut(code) });
      await expect(unwrap(resend.emails.send(email))).rejects.toMatchObject({ name: 'network_error', maybeSent: true });
    },
  );

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'UND_ERR_CONNECT_TIMEOUT', 'ConnectionRefused', 'CERT_HAS_EXPIRED'])(
    'is false when every attempt failed before its request could leave (%s)',
    async (code) => {
      const { unwrap } = await import('./api.js');
      const resend = testClient({ retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 1 }, fetch: cut(code) });
      const thrown = await unwrap(resend.emails.send(email)).catch((error: unknown) => error);
      expect(thrown).toMatchObject({ name: 'network_error', maybeSent: false });
      expect((thrown as Error).message).toContain('after 3 attempts');
    },
  );

  it('stays true once one attempt may have been carried out, though the last was refused', async () => {
    const { unwrap } = await import('./api.js');
    let attempts = 0;
    const resend = testClient({
      retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 },
      fetch: (request) => (++attempts === 1 ? cut('ECONNRESET')() : cut('ECONNREFUSED')()),
    });
    await expect(unwrap(resend.emails.send(email))).rejects.toMatchObject({ maybeSent: true });
    expect(attempts).toBe(2);
  });
});

describe('a refusal after an attempt reached the server', () => {
  /** A limiter whose store grants the first slot, then fails as an unreachable shared store does. */
  async function limiterFailingAfterFirst() {
    const { MemoryRateLimitStore, RateLimiter, ResendError } = await import('./api.js');
    let acquires = 0;
    class FlakyStore extends MemoryRateLimitStore {
      override tryAcquire(now: number, limit: number, windowMs: number) {
        if (++acquires === 1) return super.tryAcquire(now, limit, windowMs);
        throw new ResendError({
          name: 'rate_limit_store_unavailable',
          statusCode: null,
          message: 'The shared rate limit could not be reached, so nothing was sent.',
          method: null,
          path: null,
        });
      }
    }
    return new RateLimiter({ limit: 10, windowMs: 50, store: new FlakyStore() });
  }

  it('says maybeSent, keeps its code, and no longer claims nothing was sent, when the rate-limit store fails on the retry', async () => {
    const { ResendError, withRateLimit } = await import('./api.js');
    const limiter = await limiterFailingAfterFirst();
    let sent = 0;
    const answer503 = async () => (
      sent++,
      json({ name: 'application_error', message: 'Down.', statusCode: 503 }, { status: 503 })
    );
    const send = withRetry(withRateLimit(answer503, limiter), { baseDelayMs: 1, maxDelayMs: 1 });
    const attempt: Attempt = {
      url: `${BASE_URL}/emails`,
      method: 'POST',
      headers: [['idempotency-key', 'k-1']],
      body: '{}',
    };
    const error = (await send(attempt).catch((e: unknown) => e)) as InstanceType<typeof ResendError>;
    expect(sent).toBe(1);
    expect(error.code).toBe('rate_limit_store_unavailable');
    expect(error.maybeSent).toBe(true);
    expect(error.message).not.toMatch(/nothing was sent/);
    expect(error.message).toMatch(/may have been carried out/);
  });

  it("keeps maybeSent on the call's error, unwrap's and toResendError's, when no attempt of a keyed send got an answer", async () => {
    const { toResendError, unwrap } = await import('./api.js');
    let attempts = 0;
    const resend = testClient({
      fetch: async () => {
        attempts++;
        throw new TypeError('fetch failed');
      },
    });
    const { error, response } = await resend.emails.send(email);
    expect(attempts).toBe(3);
    expect(error?.name).toBe('network_error');
    expect(toResendError(error, response).maybeSent).toBe(true);
    const thrown = (await unwrap(resend.emails.send(email)).catch((e: unknown) => e)) as { maybeSent: boolean };
    expect(thrown.maybeSent).toBe(true);
  });

  it.each([
    ['a 503', () => json({ name: 'application_error', message: 'Down.', statusCode: 503 }, { status: 503 })],
    [
      'a 409 for a request with the key still in progress',
      () => json({ name: 'concurrent_idempotent_requests', message: 'In progress.', statusCode: 409 }, { status: 409 }),
    ],
  ])(
    'says maybeSent when the last answer is %s after an earlier attempt got none (it may have gone through)',
    async (_, answer) => {
      const { toResendError, unwrap } = await import('./api.js');
      let attempts = 0;
      const resend = testClient({
        fetch: async () => {
          if (++attempts % 3 === 1) throw new TypeError('fetch failed');
          return answer();
        },
      });
      const { error, response } = await resend.emails.send(email);
      expect(attempts).toBe(3);
      expect(toResendError(error, response).maybeSent).toBe(true);
      const thrown = (await unwrap(resend.emails.send(email)).catch((e: unknown) => e)) as { maybeSent: boolean };
      expect(thrown.maybeSent).toBe(true);
    },
  );

  it('does not say maybeSent when every attempt was answered with a 503 (none was carried out)', async () => {
    const { unwrap } = await import('./api.js');
    const resend = testClient({
      fetch: async () => json({ name: 'application_error', message: 'Down.', statusCode: 503 }, { status: 503 }),
    });
    const thrown = (await unwrap(resend.emails.send(email)).catch((e: unknown) => e)) as { maybeSent: boolean };
    expect(thrown.maybeSent).toBe(false);
  });

  it("keeps maybeSent on the call's error when the limiter refuses the retry of a send whose first attempt got a 503", async () => {
    const { ResendError, unwrap } = await import('./api.js');
    const limiter = await limiterFailingAfterFirst();
    const resend = testClient({
      rateLimit: { limiter },
      fetch: async () => json({ name: 'application_error', message: 'Down.', statusCode: 503 }, { status: 503 }),
    });
    const error = (await unwrap(resend.emails.send(email)).catch((e: unknown) => e)) as InstanceType<
      typeof ResendError
    >;
    expect(error.code).toBe('rate_limit_store_unavailable');
    expect(error.message).toMatch(/may have been carried out/);
    expect(error.maybeSent).toBe(true);
  });
});
