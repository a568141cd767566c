/**
 * What middleware and callers get: the PlainRequest openapi-fetch builds for each call (Request-like:
 * headers, clone, body reading, a real Request accepted back), the BufferedResponse calls resolve with
 * (a real Response read once, cloneable, its JSON parsed once), and on the fetch path of a direct call
 * the platform's own response, its body and headers held aside once.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anyHeaderValue, bufferedResponse, isBuffered, responseHeader } from '../src/internal/buffered-response.js';
import { PlainRequest } from '../src/internal/plain-request.js';
import { BASE_URL, email, testClient, useServer } from './helpers.js';

const server = useServer();

afterEach(() => vi.restoreAllMocks());

describe('PlainRequest', () => {
  it('reads like a Request: url, method, headers, body once, clone before reading', async () => {
    const request = new PlainRequest(`${BASE_URL}/a/../emails`, {
      method: 'post',
      headers: { 'x-a': '1' },
      body: '{"a":1}',
    });
    expect(request.url).toBe(`${BASE_URL}/emails`);
    expect(request.method).toBe('POST');
    expect(request.headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    expect(request.signal.aborted).toBe(false);
    const copy = request.clone();
    copy.headers.set('x-a', '2');
    expect(request.headers.get('x-a')).toBe('1');
    expect(await request.json()).toEqual({ a: 1 });
    expect(request.bodyUsed).toBe(true);
    await expect(request.text()).rejects.toThrow(TypeError);
    expect(await copy.text()).toBe('{"a":1}');
    await expect(request.arrayBuffer()).rejects.toThrow(TypeError);
    expect(await new PlainRequest(`${BASE_URL}/x`, { method: 'PUT', body: 'hi' }).bytes()).toEqual(
      new Uint8Array([104, 105]),
    );
    expect(await new Response(new PlainRequest(`${BASE_URL}/x`, { method: 'PUT', body: 'hi' }).body).text()).toBe('hi');
  });

  it('refuses a body on GET, and keeps any other body in a platform Request', async () => {
    expect(() => new PlainRequest(`${BASE_URL}/x`, { method: 'GET', body: 'x' })).toThrow(TypeError);
    const form = new FormData();
    form.set('a', 'b');
    const request = new PlainRequest(`${BASE_URL}/x`, { method: 'POST', body: form });
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect((await request.formData()).get('a')).toBe('b');
  });

  it('counts a platform Request as an instance, so middleware may return one', async () => {
    expect(new Request(`${BASE_URL}/x`) instanceof PlainRequest).toBe(true);
    expect({} instanceof PlainRequest).toBe(false);
    let seen: { body: unknown; header: string | null } | undefined;
    server.use(
      http.post(`${BASE_URL}/emails`, async ({ request }) => {
        seen = { body: await request.json(), header: request.headers.get('x-from-middleware') };
        return HttpResponse.json({ id: 'e-1' });
      }),
    );
    const resend = testClient();
    resend.use({
      async onRequest({ request }) {
        const body = await request.clone().text();
        const headers = new Headers(request.headers);
        headers.set('x-from-middleware', String(body.length));
        return new Request(request.url, { method: request.method, headers, body });
      },
    });
    expect((await resend.emails.send(email)).data).toEqual({ id: 'e-1' });
    expect(seen).toEqual({ body: email, header: String(JSON.stringify(email).length) });
  });

  it('passes the caller’s signal down to the send', async () => {
    server.use(http.get(`${BASE_URL}/emails/:id`, () => new Promise(() => undefined)));
    const controller = new AbortController();
    const call = testClient().emails.get('x', { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(call).rejects.toThrow('stop');
  });
});

describe('BufferedResponse', () => {
  const make = (text: string, headers: Record<string, string> = {}) =>
    bufferedResponse(
      new TextEncoder().encode(text),
      { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json', ...headers } },
      `${BASE_URL}/x`,
    );

  it('is a Response read once, with its url, cloneable before reading', async () => {
    const response = make('{"a":1}');
    expect(response).toBeInstanceOf(Response);
    expect(response.url).toBe(`${BASE_URL}/x`);
    const copy = response.clone();
    expect(await response.json()).toEqual({ a: 1 });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
    expect(await copy.text()).toBe('{"a":1}');
    expect(new Uint8Array(await make('ab').arrayBuffer())).toEqual(new Uint8Array([97, 98]));
    expect(await (await make('ab').blob()).text()).toBe('ab');
    expect(await make('ab').bytes()).toEqual(new Uint8Array([97, 98]));
    const read = make('x');
    await read.text();
    await expect(read.arrayBuffer()).rejects.toThrow(TypeError);
  });

  it('serves its body as a stream when asked, and then reads from that stream', async () => {
    const response = make('{"a":1}');
    expect(await new Response(response.body).text()).toBe('{"a":1}');
    expect(response.bodyUsed).toBe(true);
    expect(make('').body).toBeNull();
  });

  it('states the length it holds when the server sent none', () => {
    expect(make('{"a":1}', { 'transfer-encoding': 'chunked' }).headers.get('content-length')).toBe('7');
    expect(make('{"a":1}', { 'transfer-encoding': 'chunked' }).headers.get('transfer-encoding')).toBeNull();
    expect(make('{"a":1}', { 'content-length': '99' }).headers.get('content-length')).toBe('99');
    expect(make('').headers.get('content-length')).toBeNull();
  });

  it('keeps headers received as pairs the way Headers reads them, for the door’s look-ups', () => {
    const pairs: [string, string][] = [
      ['Content-Type', ' application/json '],
      ['X-A', '1'],
      ['x-a', '2'],
      ['Transfer-Encoding', 'chunked'],
    ];
    const response = bufferedResponse(new TextEncoder().encode('{}'), { status: 200, headers: pairs }, BASE_URL);
    const get = vi.spyOn(Headers.prototype, 'get');
    for (const name of ['content-type', 'x-a', 'content-length', 'transfer-encoding', 'x-missing'])
      expect(responseHeader(response, name)).toBe(response.headers.get(name));
    expect(get.mock.contexts.filter((headers) => headers === response.headers)).toHaveLength(5);
    expect(responseHeader(response, 'x-a')).toBe('1, 2');
    expect(anyHeaderValue(response, (value) => value === '1')).toBe(false);
    expect(anyHeaderValue(response, (value) => value === '1, 2')).toBe(true);
  });

  it('parses a page of 100 emails once per call', async () => {
    const page = {
      object: 'list',
      has_more: false,
      data: Array.from({ length: 100 }, (_, i) => ({ id: `e-${i}`, to: ['ada@example.com'], subject: 'Hi' })),
    };
    server.use(
      http.get(
        `${BASE_URL}/emails`,
        () => new HttpResponse(JSON.stringify(page), { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const parse = vi.spyOn(JSON, 'parse');
    const { data } = await testClient().emails.list();
    expect(data).toEqual(page);
    expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 1000)).toHaveLength(1);
  });
});

describe('a direct call over the fetch path', () => {
  const answer = () =>
    server.use(
      http.post(
        `${BASE_URL}/emails`,
        () =>
          new HttpResponse('{"id":"e-1"}', {
            headers: { 'content-type': 'application/json', 'content-length': '12', 'x-resend-daily-quota': '7' },
          }),
      ),
    );

  it('answers with the platform response itself, its body used up as openapi-fetch leaves it', async () => {
    answer();
    const { data, response } = await testClient().POST('/emails', { body: email });
    expect(data).toEqual({ id: 'e-1' });
    expect(response).toBeInstanceOf(Response);
    expect(isBuffered(response)).toBe(false);
    expect(response.bodyUsed).toBe(true);
    expect(response.headers.get('x-resend-daily-quota')).toBe('7');
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('walks the headers once and looks none up again, however many layers read them', async () => {
    answer();
    const resend = testClient({ rateLimit: { limit: 100, windowMs: 1000, team: 'held-headers' } });
    const get = vi.spyOn(Headers.prototype, 'get');
    const has = vi.spyOn(Headers.prototype, 'has');
    const walk = vi.spyOn(Headers.prototype, 'forEach');
    const { data, response } = await resend.emails.send(email);
    expect(data).toEqual({ id: 'e-1' });
    // The limiter read the quota header, from the copy the wire took.
    expect(resend.limiter?.quota).toMatchObject({ daily: 7 });
    // Only this response's headers count (msw reads the request's too).
    const onResponse = (spy: { mock: { contexts: unknown[] } }) =>
      spy.mock.contexts.filter((headers) => headers === response?.headers).length;
    expect(onResponse(walk)).toBe(1);
    expect(onResponse(get)).toBe(0);
    expect(onResponse(has)).toBe(0);
  });

  it('copies a frozen response a fetch of the caller’s answered with, instead of holding its body on it', async () => {
    const fetch = async () =>
      Object.freeze(new Response('{"id":"e-1"}', { headers: { 'content-type': 'application/json' } }));
    const { data, response } = await testClient({ fetch }).POST('/emails', { body: email });
    expect(data).toEqual({ id: 'e-1' });
    expect(isBuffered(response)).toBe(true);
  });

  it('still gives middleware added with use() a response it can read', async () => {
    answer();
    const resend = testClient();
    let seen: unknown;
    resend.use({
      async onResponse({ response }) {
        seen = await response.clone().json();
      },
    });
    const { data, response } = await resend.POST('/emails', { body: email });
    expect(seen).toEqual({ id: 'e-1' });
    expect(data).toEqual({ id: 'e-1' });
    expect(response).toBeInstanceOf(Response);
  });
});
