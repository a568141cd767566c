/**
 * What the client promises beyond openapi-fetch's own contracts, on both paths (Node's dispatcher and
 * `fetch`): middleware registered with `use()` sees platform `Request`s and what it returns is sent;
 * a network failure keeps its original error as `cause`, named by host, port and code; unusable
 * per-call options are refused before anything is sent; one signal shared by many calls carries one
 * listener of ours.
 */
import { getEventListeners } from 'node:events';
import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ResendClientOptions, createResendClient, isResendError, resetSharedRateLimiters, unwrap } from './api.js';
import { API_KEY, email } from './helpers.js';
import { closedPort, json, serve } from './local-server.js';

afterEach(() => resetSharedRateLimiters());

/** The two ways out: Node's own fetch (the Node path) and a replaced fetch (the `fetch` path). */
const paths: [string, Pick<ResendClientOptions, 'fetch'>][] = [
  ['the Node path', {}],
  ['the fetch path', { fetch: (request) => fetch(request) }],
];

function client(baseUrl: string, options: ResendClientOptions = {}) {
  return createResendClient({
    apiKey: API_KEY,
    baseUrl,
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
}

/** Runs `work` and resolves with the names of the process warnings raised meanwhile. */
async function warningsOf(work: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.name);
  process.on('warning', onWarning);
  try {
    await work();
  } finally {
    process.off('warning', onWarning);
  }
  return warnings;
}

describe.each(paths)('on %s', (_name, pathOptions) => {
  it('hands use() middleware a platform Request that new Request(request, init), clone() and fetch() take', async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, { id: 'e-1' }));
    const resend = client(url, pathOptions);
    const observed: { isRequest: boolean; clonedBody: string; responseIsResponse: boolean }[] = [];
    const middleware: Middleware = {
      async onRequest({ request }) {
        const clonedBody = await request.clone().text();
        observed.push({ isRequest: request instanceof Request, clonedBody, responseIsResponse: false });
        return new Request(request, { headers: { ...Object.fromEntries(request.headers), 'x-trace': 'abc' } });
      },
      onResponse({ request, response }) {
        observed[0]!.responseIsResponse = request instanceof Request && response instanceof Response;
        return undefined;
      },
    };
    resend.use(middleware);
    const { data, error } = await resend.emails.send(email);
    expect(error).toBeUndefined();
    expect(data).toEqual({ id: 'e-1' });
    expect(observed).toEqual([{ isRequest: true, clonedBody: JSON.stringify(email), responseIsResponse: true }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers['x-trace']).toBe('abc');
    expect(seen[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(JSON.parse(seen[0]!.body)).toEqual(email);
  });

  it('leaves no listener on a signal shared by calls through use() middleware once they settle, and still aborts them', async () => {
    let arrived = () => {};
    const { url } = await serve((req, res) => (req.headers['x-hold'] ? arrived() : json(res, 200, { id: 'e-8' })));
    const resend = client(url, pathOptions);
    resend.use({ onRequest: ({ request }) => request });
    const controller = new AbortController();
    for (let i = 0; i < 20; i++)
      expect((await resend.emails.send(email, { signal: controller.signal })).data?.id).toBe('e-8');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const held = new Promise<void>((resolve) => (arrived = resolve));
    const call = resend.emails.send(email, { signal: controller.signal, headers: { 'x-hold': '1' } });
    await held;
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });

  it('sends what a middleware changed in place, and stops using it after eject()', async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, { id: 'e-2' }));
    const resend = client(url, pathOptions);
    const middleware: Middleware = { onRequest: ({ request }) => void request.headers.set('x-tenant', 't-1') };
    resend.use(middleware);
    await resend.emails.send(email);
    resend.eject(middleware);
    await resend.emails.send(email);
    expect(seen.map((request) => request.headers['x-tenant'])).toEqual(['t-1', undefined]);
  });

  it('lets a middleware fetch(request) itself, and keeps the key off a request it sends elsewhere', async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, { id: 'e-3' }));
    const other = await serve((_req, res) => json(res, 200, { id: 'stolen' }));
    const resend = client(url, pathOptions);
    resend.use({ onRequest: ({ request }) => new Request(`${other.url}/emails`, request) });
    const { error } = await resend.emails.send(email);
    expect(error).toMatchObject({ name: 'invalid_url' });
    expect(other.seen).toHaveLength(0);

    const direct = client(url, pathOptions);
    direct.use({ onRequest: async ({ request }) => fetch(request) });
    const { data } = await direct.emails.send(email);
    expect(data).toEqual({ id: 'e-3' });
    // The middleware answered with its own fetch: no Authorization from us on that one.
    expect(seen[0]!.headers.authorization).toBeUndefined();
  });

  it('keeps a refused connection as the cause, naming host, port and code, through the result and unwrap()', async () => {
    const port = await closedPort();
    const resend = client(`http://127.0.0.1:${port}`, {
      ...pathOptions,
      retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const result = await resend.emails.get('e-1');
    expect(result.error).toMatchObject({ name: 'network_error', statusCode: null });
    expect(result.error?.message).toContain(`127.0.0.1:${port}`);
    expect(result.error?.message).toContain('ECONNREFUSED');
    expect(result.error?.message).toContain('after 2 attempts');
    expect(JSON.stringify(result.error)).not.toContain('cause');
    const cause = (result.error as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(Error);
    const thrown = await unwrap(resend.emails.get('e-1')).catch((error: unknown) => error);
    expect(isResendError(thrown) && thrown.name).toBe('network_error');
    // The platform's own error down the chain: its code on Node and Bun, its words on Deno.
    const chain: unknown[] = [];
    for (let at: unknown = (thrown as Error).cause; at instanceof Error; at = at.cause)
      chain.push((at as { code?: unknown }).code ?? at.message);
    expect(chain.some((said) => /ECONNREFUSED|connection refused/i.test(String(said)))).toBe(true);
    expect(String((thrown as Error).message)).not.toContain(API_KEY);
    // A refused connection carried no request: safe to send again, whatever its key.
    expect((thrown as { maybeSent?: unknown }).maybeSent).toBe(false);
  });
  it("gives a use() middleware's onError the network failure with its cause, and sends what it answers on as the call's result", async () => {
    const port = await closedPort();
    const resend = client(`http://127.0.0.1:${port}`, { ...pathOptions, retry: false });
    const seen: { platform: boolean; error: unknown }[] = [];
    const fallback: Middleware = {
      onError: ({ error, request }) => {
        seen.push({ platform: request instanceof Request, error });
        const body = JSON.stringify({ object: 'email', id: 'from-fallback' });
        return new Response(body, { headers: { 'content-type': 'application/json' } });
      },
    };
    resend.use(fallback);
    const answered = await resend.emails.get('e-1');
    expect(answered.error).toBeUndefined();
    expect(answered.data).toMatchObject({ id: 'from-fallback' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.platform).toBe(true);
    // What the platform's fetch threw: the code on it (Bun) or its cause (Node), words on Deno.
    const thrown = seen[0]!.error as Error & { code?: unknown; cause?: { code?: unknown; message?: unknown } };
    expect([thrown.code, thrown.cause?.code, thrown.cause?.message].join(' ')).toMatch(
      /ECONNREFUSED|connection refused/i,
    );
    // An Error it returns instead stays in the chain of the call's network_error.
    resend.eject(fallback);
    resend.use({ onError: ({ error }) => new Error('logged and passed on', { cause: error }) });
    const failed = await resend.emails.get('e-1');
    expect(failed.error).toMatchObject({ name: 'network_error', statusCode: null });
    expect(String((failed.error as { cause?: unknown }).cause)).toContain('logged and passed on');
  });
});

describe('per-call options', () => {
  it('refuses a signal that is not an AbortSignal with invalid_option, sending nothing and leaving no timer', async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, { id: 'e-4' }));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const result = await client(url).emails.send(email, { signal: 'stop' as unknown as AbortSignal });
      expect(result.error).toMatchObject({ name: 'invalid_option', statusCode: null });
      expect(result.error?.message).toContain('signal');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(seen).toHaveLength(0);
  });

  it('refuses headers given as a string with invalid_option instead of sending 0: x headers', async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, { id: 'e-5' }));
    const call = client(url).emails.send(email, { headers: 'x-a: b' as unknown as Record<string, string> });
    await expect(call).rejects.toMatchObject({ name: 'invalid_option', message: expect.stringContaining('headers') });
    expect(seen).toHaveLength(0);
  });

  it('puts one listener on a signal shared by many concurrent calls, and none once they settle', async () => {
    const { url } = await serve((_req, res) => setTimeout(() => json(res, 200, { id: 'e-6' }), 5));
    const controller = new AbortController();
    const warnings = await warningsOf(async () => {
      const resend = client(url, { rateLimit: { limit: 100, windowMs: 1000 } });
      const calls = Array.from({ length: 25 }, () => resend.emails.send(email, { signal: controller.signal }));
      await new Promise((resolve) => setImmediate(resolve));
      expect(getEventListeners(controller.signal, 'abort').length).toBeLessThanOrEqual(1);
      const results = await Promise.all(calls);
      expect(results.every((result) => result.data?.id === 'e-6')).toBe(true);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    });
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('puts one listener on a signal shared by calls waiting for the limiter, and ends them all when it aborts', async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, { id: 'e-7' }));
    const controller = new AbortController();
    const warnings = await warningsOf(async () => {
      // One request a minute: the first call goes, the other 24 wait in the limiter's queue.
      const resend = client(url, { rateLimit: { limit: 1, windowMs: 60_000 } });
      const calls = Array.from({ length: 25 }, () => resend.emails.send(email, { signal: controller.signal }));
      // Waiting on the first call's answer, not on a timer: under load it can take longer than any fixed pause.
      expect((await calls[0]!).data?.id).toBe('e-7');
      expect(getEventListeners(controller.signal, 'abort').length).toBeLessThanOrEqual(1);
      const reason = new Error('stop waiting');
      controller.abort(reason);
      const settled = await Promise.allSettled(calls);
      expect(settled.filter((s) => s.status === 'rejected' && s.reason === reason)).toHaveLength(24);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    });
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect(seen).toHaveLength(1);
  });
});
