import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  RateLimiter,
  type RateLimitStore,
  ResendConfigError,
  ResendError,
  type ResendClientOptions,
  SendAllInputError,
  createResendClient,
  isResendConfigError,
  isResendError,
  isSendAllInputError,
  sendAll,
  toResendError,
  unwrap,
} from './api.js';
import { expectErrorModel } from './error-shape.js';
import { API_KEY, BASE_URL, email, json, testClient, useServer } from './helpers.js';

const server = useServer();

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The error `fn` throws (or its promise rejects with). */
async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** A store that cannot be reached, failing like `@resendkit/redis` does: a ResendError made outside any request. */
const unreachableStore: RateLimitStore = {
  tryAcquire: () =>
    Promise.reject(
      new ResendError({
        name: 'rate_limit_store_unavailable',
        statusCode: null,
        message: 'The shared rate limit could not be reached, so nothing was sent.',
        method: null,
        path: null,
      }),
    ),
  release: () => undefined,
  pauseUntil: () => undefined,
};

/** A fetch that never answers, until its request is aborted. */
const silentFetch = (request: Request) =>
  new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));

describe('one error model', () => {
  it('isResendError recognises ResendErrors, also from another copy of the package, and nothing else', () => {
    const error = new ResendError({
      name: 'not_found',
      statusCode: 404,
      message: 'x',
      method: 'GET',
      path: '/emails/1',
    });
    expect(isResendError(error)).toBe(true);
    // A second copy of the package (two versions installed) has its own class but the same brand.
    const foreign = Object.assign(new Error('x'), { [Symbol.for('resendkit.error')]: 'ResendError' });
    expect(isResendError(foreign)).toBe(true);
    expect(isResendError(new Error('x'))).toBe(false);
    expect(isResendError(new ResendConfigError('invalid_option', 'x.'))).toBe(false);
    expect(isResendError({ name: 'not_found', statusCode: 404 })).toBe(false);
    expect(isResendError(null)).toBe(false);
  });

  it('keeps the cause out of toJSON and inspect-safe fields, but on error.cause', () => {
    const cause = Object.assign(new Error('socket hang up'), { headers: { authorization: 'Bearer re_TESTKEY' } });
    const error = toResendError(cause, undefined, { method: 'GET', path: '/emails' });
    expect(error.cause).toBe(cause);
    expect(JSON.stringify(error)).not.toContain('Bearer');
    expect(Object.keys(error.toJSON())).toEqual([
      'name',
      'code',
      'message',
      'statusCode',
      'retryAfter',
      'method',
      'path',
      'maybeSent',
    ]);
  });

  it('names every ResendError code from a real call with its method and path, through unwrap(promise)', async () => {
    server.use(
      http.get(`${BASE_URL}/emails/missing`, () =>
        json({ statusCode: 404, name: 'not_found', message: 'Email not found.' }, { status: 404 }),
      ),
      http.get(
        `${BASE_URL}/emails/blocked`,
        () => new Response('error code: 1010', { status: 403, headers: { 'content-type': 'text/plain' } }),
      ),
      http.get(`${BASE_URL}/emails/huge`, () => json({ id: 'huge', html: 'x'.repeat(5000) })),
      http.get(`${BASE_URL}/emails/one`, () => json({ id: 'one' })),
    );
    const client = (options: ResendClientOptions = {}) => testClient({ retry: false, ...options });
    // One slot per minute, taken at once, and one call waiting: the next call finds the queue full.
    const queued = client({ rateLimit: { team: 'error-model-queue', limit: 1, windowMs: 60_000, maxQueue: 1 } });
    await queued.emails.get('one');
    const waiting = queued.emails.get('one', { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
    const cases: [string, Promise<unknown>, string, string][] = [
      ['not_found', client().emails.get('missing'), 'GET', '/emails/missing'],
      ['invalid_response', client().emails.get('blocked'), 'GET', '/emails/blocked'],
      ['response_too_large', client({ maxResponseBytes: 100 }).emails.get('huge'), 'GET', '/emails/huge'],
      [
        'network_error',
        client({ fetch: () => Promise.reject(new TypeError('fetch failed')) }).emails.get('a'),
        'GET',
        '/emails/a',
      ],
      ['timeout', client({ fetch: silentFetch, timeoutMs: 10 }).emails.get('a'), 'GET', '/emails/a'],
      ['queue_full', queued.emails.get('two'), 'GET', '/emails/two'],
      [
        'rate_limit_store_unavailable',
        client({ rateLimit: { limiter: new RateLimiter({ store: unreachableStore }) } }).emails.send(email),
        'POST',
        '/emails',
      ],
      ['invalid_idempotency_key', client().emails.send(email, { idempotencyKey: 'k'.repeat(300) }), 'POST', '/emails'],
      ['invalid_path_parameter', client().emails.get(''), 'GET', '/emails/'],
      ['invalid_url', client().GET('/emails', { baseUrl: 'https://elsewhere.test' } as never), 'GET', '/emails'],
      ['invalid_header', client().emails.get('a', { headers: { authorization: 'Bearer other' } }), 'GET', '/emails/a'],
    ];
    void waiting;
    for (const [code, call, method, path] of cases) {
      const error = await caught(() => unwrap(call as never));
      expect((error as ResendError).code, code).toBe(code);
      expect(error, code).toMatchObject({ method, path });
      expectErrorModel(error, 'ResendError', isResendError, {
        statusCode: (error as ResendError).statusCode,
        retryAfter: (error as ResendError).retryAfter,
        method,
        path,
        // An attempt that got no answer (its connection cut, no code to say it never left, or its
        // time limit reached), or one answered with a body over the cap, may have been carried out;
        // every other case here sent nothing.
        maybeSent: ['network_error', 'timeout', 'response_too_large'].includes(code),
      });
    }
  });

  it('names the call on the result too, for toResendError(result.error, result.response, result.request)', async () => {
    const result = await testClient().emails.get('');
    expect(result.error).toMatchObject({ name: 'invalid_path_parameter' });
    expect((result as { request?: unknown }).request).toEqual({ method: 'GET', path: '/emails/' });
    const error = toResendError(
      result.error,
      result.response,
      (result as { request?: { method: string; path: string } }).request,
    );
    expect(error.method).toBe('GET');
    expect(error.path).not.toBeNull();
    // Without the request a user-made error has a null method, never a made-up one.
    expect(toResendError(result.error, result.response).method).toBeNull();
  });

  it('gives every ResendConfigError code, thrown by createResendClient, the one model', async () => {
    vi.stubEnv('RESEND_API_KEY', undefined);
    vi.stubEnv('RESEND_BASE_URL', undefined);
    const cases: [string, ResendClientOptions][] = [
      ['missing_api_key', {}],
      ['invalid_api_key', { apiKey: 're_has a space_1234567890' }],
      ['insecure_base_url', { apiKey: API_KEY, baseUrl: 'http://example.com' }],
      ['invalid_base_url', { apiKey: API_KEY, baseUrl: 'ftp://example.com' }],
      ['invalid_option', { apiKey: API_KEY, baseUrl: BASE_URL, timeoutMs: -1 }],
    ];
    for (const [code, options] of cases) {
      const error = await caught(() => createResendClient(options));
      expect((error as ResendConfigError).code, code).toBe(code);
      expectErrorModel(error, 'ResendConfigError', isResendConfigError);
      expect((error as Error).message).not.toContain('has a space');
    }
  });

  it('gives every SendAllInputError code, rejected by sendAll, the one model', async () => {
    const resend = testClient();
    const crowded = { ...email, to: Array.from({ length: 51 }, (_, i) => `r${i}@example.com`) };
    const cases: [string, () => Promise<unknown>, number | null][] = [
      ['not_an_array', () => sendAll(resend, 'nope' as never), null],
      ['invalid_email', () => sendAll(resend, [email, { ...email, from: 1 } as never]), 1],
      ['too_many_recipients', () => sendAll(resend, [crowded]), 0],
      ['invalid_option', () => sendAll(resend, [email], { concurrency: 0 }), null],
      [
        'bucket_overflow',
        () =>
          sendAll(
            resend,
            Array.from({ length: 101 }, () => email),
            { idempotencyPrefix: 'one-bucket' },
          ),
        null,
      ],
    ];
    for (const [code, run, index] of cases) {
      const error = await caught(run);
      expect(error).toBeInstanceOf(SendAllInputError);
      expect((error as SendAllInputError).code, code).toBe(code);
      expectErrorModel(error, 'SendAllInputError', isSendAllInputError, { index });
    }
  });
});
