/**
 * What middleware and callers get: the PlainRequest openapi-fetch builds for each call (Request-like:
 * headers, clone, body reading, a real Request accepted back) and the BufferedResponse every call
 * resolves with (a real Response read once, cloneable, its JSON parsed once).
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BufferedResponse } from '../src/internal/buffered-response.js';
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
    new BufferedResponse(
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
