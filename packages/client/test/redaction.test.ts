import { inspect } from 'node:util';
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ResendError, toResendError, unwrap } from '../src/index.js';
import { API_KEY, BASE_URL, email, testClient, useServer } from './helpers.js';

const server = useServer();

describe('key redaction', () => {
  it('never shows the key in the client, requests, responses, errors or console output', async () => {
    const serverSawKey: boolean[] = [];
    server.use(
      http.post(`${BASE_URL}/emails`, ({ request }) => {
        serverSawKey.push(request.headers.get('authorization') === `Bearer ${API_KEY}`);
        return HttpResponse.json({ id: 'ok' });
      }),
      http.get(`${BASE_URL}/emails/fail`, () =>
        HttpResponse.json({ statusCode: 403, name: 'invalid_api_key', message: 'API key is invalid' }, { status: 403 }),
      ),
      http.get(`${BASE_URL}/emails/html`, () => HttpResponse.html('<h1>bad gateway</h1>', { status: 502 })),
      http.get(`${BASE_URL}/emails/cut`, () => HttpResponse.error()),
      http.get(`${BASE_URL}/emails/slow`, async () => (await delay(5_000), HttpResponse.json({}))),
    );

    const printable: unknown[] = [];
    const resend = testClient({ timeoutMs: 20, retry: { retries: 1 } });
    resend.use({
      onRequest: ({ request }) => void printable.push(request, request.headers),
      onResponse: ({ request, response }) => void printable.push(request, response, response.headers),
      onError: ({ error }) => void printable.push(error),
    });
    printable.push(resend, resend.limiter);

    const calls = [
      await resend.POST('/emails', { body: email }),
      ...(await Promise.all(
        ['fail', 'html', 'cut', 'slow'].map((id) =>
          resend.GET('/emails/{email_id}', { params: { path: { email_id: id } } }),
        ),
      )),
    ];
    for (const result of calls) {
      printable.push(result, result.response, result.error);
      if (result.error) {
        const error = toResendError(result.error, result.response);
        printable.push(error, error.cause);
        try {
          unwrap(result);
        } catch (thrown) {
          expect(thrown).toBeInstanceOf(ResendError);
          printable.push(thrown);
        }
      }
    }
    // A custom fetch that puts the key in its error message and attaches the request.
    const leaky = testClient({
      retry: false,
      fetch: async (request) => {
        throw Object.assign(new Error(`refused ${request.headers.get('authorization')}`), { request });
      },
    });
    const leakyResult = await leaky.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    expect(leakyResult.error?.name).toBe('network_error');
    printable.push(leaky, leakyResult, leakyResult.error, toResendError(leakyResult.error, leakyResult.response));
    // One that throws a plain string (shown, the key redacted) and a non-Error object (named by its
    // kind: its String() may throw), each holding the key, through the retries.
    for (const [thrown, shown] of [
      [(key: string) => `failed: ${key}`, 'failed: Bearer [redacted]'],
      [(key: string) => ({ detail: key, toString: () => `obj ${key}` }), ': object.'],
    ] as const) {
      const stringy = testClient({
        fetch: async (request) => {
          throw thrown(request.headers.get('authorization') ?? '');
        },
      });
      const result = await stringy.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
      expect(result.error?.name).toBe('network_error');
      expect(result.error?.message).toContain(shown);
      const error = toResendError(result.error, result.response);
      printable.push(result, result.error, error, error.cause);
    }

    expect(serverSawKey).toEqual([true]);

    const logged: string[] = [];
    const capture = (...args: unknown[]) =>
      void logged.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' '));
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(capture),
    );
    try {
      for (const value of printable) {
        console.log(value);
        console.error(value);
        logged.push(inspect(value, { depth: 10, showHidden: true }));
        logged.push(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '');
        if (value instanceof Error) logged.push(String(value), value.stack ?? '');
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const output = logged.join('\n');
    expect(output.length).toBeGreaterThan(1000);
    expect(output).not.toContain(API_KEY);
    expect(output).not.toContain(API_KEY.slice(3));
  });
});
