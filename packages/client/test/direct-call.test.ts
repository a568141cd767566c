/**
 * The direct call (calls that skip openapi-fetch while no middleware is registered) sends what
 * openapi-fetch would send and resolves with what openapi-fetch would resolve with. Each case runs on
 * two clients that differ only in a middleware that does nothing: its presence sends every call
 * through openapi-fetch, so the two must agree on the request on the wire and on the result.
 */
import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { type ResendClient, createResendClient, resetSharedRateLimiters } from './api.js';
import { API_KEY } from './helpers.js';

afterEach(() => resetSharedRateLimiters());

interface Seen {
  url: string;
  method: string;
  headers: [string, string][];
  body: string;
}

type Answer = () => Response | Promise<Response>;

/** A client whose fetch records each request and answers with `answer`; `viaOpenapiFetch` registers a no-op middleware. */
function recordingClient(answer: Answer, viaOpenapiFetch: boolean, headers?: Record<string, string>) {
  const seen: Seen[] = [];
  const resend = createResendClient({
    apiKey: API_KEY,
    baseUrl: 'https://api.example.test',
    rateLimit: false,
    retry: false,
    idempotency: { generateKey: () => 'key-1' },
    ...(headers && { headers }),
    fetch: async (request) => {
      seen.push({
        url: request.url,
        method: request.method,
        headers: [...request.headers].filter(([name]) => name !== 'content-length'),
        body: await request.text(),
      });
      return answer();
    },
  });
  const noop: Middleware = { onRequest: () => undefined };
  if (viaOpenapiFetch) resend.use(noop);
  return { resend, seen, noop };
}

/** What a result says, in plain data (the response itself reduced to its status and body use). */
function summary(result: unknown) {
  const { data, error, response, request } = result as {
    data?: unknown;
    error?: unknown;
    response: Response;
    request?: unknown;
  };
  return {
    data,
    error: error === undefined ? undefined : JSON.parse(JSON.stringify(error)),
    status: response.status,
    request,
  };
}

/** Runs `call` on both clients and expects the same requests and the same result. */
async function expectSameOnBothPaths(
  answer: Answer,
  call: (resend: ResendClient) => Promise<unknown>,
  headers?: Record<string, string>,
) {
  const direct = recordingClient(answer, false, headers);
  const openapi = recordingClient(answer, true, headers);
  const [a, b] = [await call(direct.resend), await call(openapi.resend)];
  expect(direct.seen).toEqual(openapi.seen);
  expect(summary(a)).toEqual(summary(b));
  return { seen: direct.seen, result: summary(a) };
}

const json =
  (status: number, body: unknown, extra: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...extra } });

const email = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };

describe('a call without middleware sends and resolves as openapi-fetch would', () => {
  it('a send: URL, method, headers (type, agent, key, auth) and body; the id as data', async () => {
    const { seen, result } = await expectSameOnBothPaths(json(200, { id: 'e-1' }), (r) => r.emails.send(email));
    expect(seen[0]!.headers).toContainEqual(['idempotency-key', 'key-1']);
    expect(seen[0]!.headers).toContainEqual(['content-type', 'application/json']);
    expect(JSON.parse(seen[0]!.body)).toEqual(email);
    expect(result.data).toEqual({ id: 'e-1' });
  });

  it('a list with a query and a get with an id that needs encoding', async () => {
    const page = json(200, { object: 'list', has_more: false, data: [] });
    const { seen } = await expectSameOnBothPaths(page, (r) => r.emails.list({ limit: 2, after: 'a b/c' }));
    expect(seen[0]!.url).toBe('https://api.example.test/emails?limit=2&after=a%20b%2Fc');
    const one = await expectSameOnBothPaths(json(200, { id: 'x' }), (r) => r.emails.get('a/b c?d'));
    expect(one.seen[0]!.url).toBe('https://api.example.test/emails/a%2Fb%20c%3Fd');
  });

  it('headers merged as openapi-fetch merges them: later wins, null removes, arrays append', async () => {
    const { seen } = await expectSameOnBothPaths(
      json(200, { id: 'e-1' }),
      (r) =>
        r.POST('/emails', {
          body: email,
          headers: { 'x-a': null, 'X-B': ['1', '2'], 'x-d': ' padded ' } as never,
          params: { header: { 'x-c': 3 } } as never,
        }),
      { 'x-a': 'client', 'x-e': 'client' },
    );
    const headers = Object.fromEntries(seen[0]!.headers);
    expect(headers).not.toHaveProperty('x-a');
    expect(headers).toMatchObject({ 'x-b': '1, 2', 'x-c': '3', 'x-d': 'padded', 'x-e': 'client' });
  });

  it('a 422 with a JSON body, an HTML 500, a 204 and an empty 200 resolve alike', async () => {
    const invalid = { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' };
    const cases: [Answer, (r: ResendClient) => Promise<unknown>][] = [
      [json(422, invalid), (r) => r.emails.send(email)],
      [
        () => new Response('<html>oops</html>', { status: 500, headers: { 'content-type': 'text/html' } }),
        (r) => r.emails.get('x'),
      ],
      [() => new Response(null, { status: 204 }), (r) => r.domains.remove('d-1')],
      [() => new Response('', { status: 200 }), (r) => r.emails.get('x')],
      [() => new Response('not json', { status: 200 }), (r) => r.emails.get('x')],
    ];
    for (const [answer, call] of cases) await expectSameOnBothPaths(answer, call);
  });

  it('a body of declared length decodes as UTF-8 alike: multi-byte text, a byte-order mark dropped', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(JSON.stringify({ id: 'e-1', subject: 'Grüße 📧 ✓' })),
    ]);
    const answer = () =>
      new Response(bytes, {
        headers: { 'content-type': 'application/json', 'content-length': String(bytes.byteLength) },
      });
    const { result } = await expectSameOnBothPaths(answer, (r) => r.emails.get('e-1'));
    expect(result.data).toEqual({ id: 'e-1', subject: 'Grüße 📧 ✓' });
  });

  it('refusals (a path parameter of "..", a key of 300 characters) and a network failure resolve alike', async () => {
    const { result } = await expectSameOnBothPaths(json(200, {}), (r) => r.emails.get('..'));
    expect(result.error).toMatchObject({ name: 'invalid_path_parameter' });
    const longKey = await expectSameOnBothPaths(json(200, { id: 'e' }), (r) =>
      r.emails.send(email, { idempotencyKey: 'k'.repeat(300) }),
    );
    expect(longKey.seen).toEqual([]);
    const down = () =>
      Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));
    const failed = await expectSameOnBothPaths(down, (r) => r.emails.get('x'));
    expect(failed.result.error).toMatchObject({ name: 'network_error' });
  });

  it('a body JSON cannot hold resolves alike as invalid_option: no throw at the call, nothing sent', async () => {
    for (const viaOpenapiFetch of [false, true]) {
      const { resend, seen } = recordingClient(json(200, { id: 'e-1' }), viaOpenapiFetch);
      let call: Promise<{ error?: unknown }> | undefined;
      expect(() => {
        call = resend.POST('/emails', { body: { ...email, tags: [{ name: 'n', value: 1n }] } as never });
      }).not.toThrow();
      expect((await call!).error).toMatchObject({ name: 'invalid_option', statusCode: null });
      expect(seen).toEqual([]);
    }
  });
});

describe('calls that need openapi-fetch take it', () => {
  it('an option only openapi-fetch knows (parseAs) is honoured', async () => {
    const { resend } = recordingClient(() => new Response('plain', { status: 200 }), false);
    const { data } = await resend.GET('/emails/{email_id}', {
      params: { path: { email_id: 'x' } },
      parseAs: 'text',
    });
    expect(data).toBe('plain');
  });

  it('middleware registered twice and ejected once still sees every call; ejected again, none', async () => {
    const { resend } = recordingClient(json(200, { id: 'x' }), false);
    let calls = 0;
    const counting: Middleware = {
      onRequest: () => {
        calls++;
      },
    };
    resend.use(counting, counting);
    resend.eject(counting);
    await resend.emails.get('x');
    expect(calls).toBe(1);
    resend.eject(counting);
    await resend.emails.get('x');
    expect(calls).toBe(1);
  });
});
