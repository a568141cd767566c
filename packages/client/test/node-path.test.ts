/**
 * The Node path beneath fetch (src/internal/node-path.ts), against real HTTP servers on 127.0.0.1: every
 * behaviour the fetch path has (retries resending bodies, redirects by hand, timeouts over the whole
 * body, aborts, network errors, cut and oversize bodies), and the rule that anything but Node's own
 * fetch makes the client use fetch. On Bun and Deno (`pnpm test:runtimes`) only the last holds: the
 * client takes their `fetch`, and says so.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createResendClient, resetSharedRateLimiters } from './api.js';
import { nodeRouteLookup } from '../src/internal/node-path.js';
import { runtime } from '../src/shared/runtime.js';
import { API_KEY, email } from './helpers.js';
import { closedPort, json, serve } from './local-server.js';

afterEach(() => resetSharedRateLimiters());

const DISPATCHER = Symbol.for(`undici.globalDispatcher.${Number(process.versions.undici?.split('.')[0]) >= 8 ? 2 : 1}`);
type Dispatcher = { dispatch: (...args: unknown[]) => boolean };

/** Counts what goes through Node's dispatcher while `run` runs. */
async function countDispatches<T>(run: () => Promise<T>): Promise<{ result: T; dispatched: number }> {
  const g = globalThis as unknown as Record<symbol, Dispatcher>;
  const original = g[DISPATCHER] as Dispatcher;
  let dispatched = 0;
  g[DISPATCHER] = { dispatch: (...args) => (dispatched++, original.dispatch(...args)) };
  try {
    return { result: await run(), dispatched };
  } finally {
    g[DISPATCHER] = original;
  }
}

function client(baseUrl: string, options: Parameters<typeof createResendClient>[0] = {}) {
  return createResendClient({
    apiKey: API_KEY,
    baseUrl,
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
}

const onNode = runtime().name === 'node';

describe.skipIf(onNode)('on Bun and Deno', () => {
  it('runs on the runtime the run asked for, takes its fetch, and the client says so', async () => {
    expect(runtime().name).toBe(process.env.EXPECT_RUNTIME ?? runtime().name);
    const { url, seen } = await serve((_req, res) => json(res, 200, { id: 'e-1' }));
    const resend = client(url);
    expect(resend.transport).toBe('fetch');
    expect((await resend.emails.send(email)).data).toEqual({ id: 'e-1' });
    expect(seen).toHaveLength(1);
  });
});

describe.runIf(onNode)('the Node dispatcher path', () => {
  it('runs on the Node major the run asked for (22, 24 and 26 under `pnpm test:nodes`), on undici 6, 7 or 8', () => {
    const major = process.versions.node.split('.')[0];
    expect(major).toBe(process.env.EXPECT_NODE_MAJOR ?? major);
    expect(process.versions.undici).toMatch(/^[678]\./);
  });

  it('is chosen for Node’s own fetch (Node 20, 22, 24 and 26) and for nothing else, and the client says so', () => {
    void new Response(null); // Node makes its dispatcher when undici first loads
    expect(client('http://127.0.0.1:9').transport).toBe('node');
    expect(client('http://127.0.0.1:9', { fetch: (request) => fetch(request) }).transport).toBe('fetch');
    // One lookup for all: its remembered verdict follows the fetch it is given.
    const nodeDispatcher = nodeRouteLookup();
    expect(nodeDispatcher(globalThis.fetch)).toBeDefined();
    const wrapped: typeof fetch = (input, init) => fetch(input, init);
    expect(nodeDispatcher(wrapped)).toBeUndefined();
    expect(nodeDispatcher(globalThis.fetch.bind(globalThis))).toBeUndefined();
    expect(nodeDispatcher(undefined)).toBeUndefined();
    expect(nodeDispatcher(globalThis.fetch)).toBeDefined();
  });

  it('sends a POST with its headers and body through the dispatcher and parses the answer', async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, { id: 'e-1' }));
    const resend = client(url, { userAgent: 'tests/1.0' });
    const { result, dispatched } = await countDispatches(() => resend.emails.send(email));
    expect(result.data).toEqual({ id: 'e-1' });
    expect(result.response.status).toBe(200);
    expect(result.response.url).toBe(`${url}/emails`);
    expect(dispatched).toBe(1);
    expect(seen).toHaveLength(1);
    expect(JSON.parse(seen[0]!.body)).toEqual(email);
    expect(seen[0]!.headers).toMatchObject({
      authorization: `Bearer ${API_KEY}`,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(JSON.stringify(email))),
    });
    expect(seen[0]!.headers['user-agent']).toMatch(/^tests\/1\.0 resendkit\//);
    expect(seen[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a text body as UTF-8 with its length in bytes', async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, { id: 'e-utf8' }));
    const unicode = { ...email, subject: 'Grüße ✉ 日本' };
    const { result, dispatched } = await countDispatches(() => client(url).emails.send(unicode));
    expect(result.data).toEqual({ id: 'e-utf8' });
    expect(dispatched).toBe(1);
    expect(seen[0]!.body).toBe(JSON.stringify(unicode));
    expect(seen[0]!.headers['content-length']).toBe(String(Buffer.byteLength(JSON.stringify(unicode))));
  });

  it('uses a replaced fetch instead, for every attempt', async () => {
    let answers = 0;
    const { url } = await serve((_req, res) =>
      ++answers === 1 ? json(res, 503, { name: 'x' }) : json(res, 200, { id: 'e-2' }),
    );
    const original = globalThis.fetch;
    const calls: string[] = [];
    globalThis.fetch = (input, init) => (calls.push(String(input)), original(input, init));
    try {
      const { result, dispatched } = await countDispatches(() => client(url).emails.send(email));
      expect(result.data).toEqual({ id: 'e-2' });
      // Node's fetch runs on the same dispatcher beneath; what matters is that the wrapper saw both.
      expect(calls).toEqual([`${url}/emails`, `${url}/emails`]);
      expect(dispatched).toBe(2);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('retries a 503 with the same body and Idempotency-Key', async () => {
    let answers = 0;
    const { url, seen } = await serve((_req, res) =>
      ++answers < 3 ? json(res, 503, { name: 'busy' }) : json(res, 200, { id: 'e-3' }),
    );
    const { data } = await client(url).emails.send(email);
    expect(data).toEqual({ id: 'e-3' });
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.body)).size).toBe(1);
    expect(new Set(seen.map((s) => s.headers['idempotency-key'])).size).toBe(1);
  });

  it('follows a same-origin 307 with the body and key, and a cross-origin GET redirect without credentials', async () => {
    const other = await serve((_req, res) => json(res, 200, { object: 'email', id: 'moved' }));
    const { url, seen } = await serve((req, res, body) => {
      if (req.url === '/emails' && body && !req.url.includes('again'))
        return res.writeHead(307, { location: '/emails?again=1' }).end();
      if (req.url === '/emails?again=1') return json(res, 200, { id: 'e-4' });
      res.writeHead(302, { location: `${other.url}/elsewhere` }).end();
    });
    const resend = client(url);
    expect((await resend.emails.send(email)).data).toEqual({ id: 'e-4' });
    expect(seen[1]).toMatchObject({ url: '/emails?again=1', body: JSON.stringify(email) });
    expect(seen[1]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(seen[1]!.headers['idempotency-key']).toBe(seen[0]!.headers['idempotency-key']);

    expect((await resend.emails.get('x')).data).toMatchObject({ id: 'moved' });
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
  });

  it('times out on a body that stalls halfway, and retries a GET', async () => {
    let answers = 0;
    const { url, seen } = await serve((_req, res) => {
      if (++answers === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"object":"email",');
        return; // never finishes
      }
      json(res, 200, { object: 'email', id: 'late' });
    });
    const { data } = await client(url, { timeoutMs: 150 }).emails.get('x');
    expect(data).toMatchObject({ id: 'late' });
    expect(seen).toHaveLength(2);
  });

  it('reports a timeout when headers never come', async () => {
    const { url } = await serve(() => undefined);
    const { error } = await client(url, { timeoutMs: 100, retry: false }).emails.send(email);
    expect(error).toMatchObject({ name: 'timeout', statusCode: null });
  });

  it('rejects with the caller’s reason when the caller aborts mid-request', async () => {
    const { url } = await serve(() => undefined);
    const controller = new AbortController();
    const reason = new Error('stop');
    setTimeout(() => controller.abort(reason), 50);
    await expect(client(url).emails.send(email, { signal: controller.signal })).rejects.toBe(reason);
  });

  it('turns a refused connection into network_error after the retries of a GET', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const { error } = await client(url).emails.get('x');
    expect(error).toMatchObject({ name: 'network_error', statusCode: null });
    expect(error?.message).toMatch(/after 3 attempts/);
  });

  it('fails a body cut off by a reset connection, and retries it when safe', async () => {
    let answers = 0;
    const { url, seen } = await serve((_req, res) => {
      if (++answers === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
        res.write('{"object":"email","id":"cu');
        setTimeout(() => res.socket?.destroy(), 5);
        return;
      }
      json(res, 200, { object: 'email', id: 'whole' });
    });
    expect((await client(url).emails.get('x')).data).toMatchObject({ id: 'whole' });
    expect(seen).toHaveLength(2);
    answers = 0;
    const { error } = await client(url, { retry: false }).emails.get('x');
    expect(error).toMatchObject({ name: 'network_error' });
  });

  it('fails an oversize body as response_too_large, declared or chunked', async () => {
    const big = JSON.stringify({ object: 'list', data: 'x'.repeat(5000) });
    const { url } = await serve((req, res) => {
      if (req.url?.startsWith('/domains')) return json(res, 200, JSON.parse(big));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(big.slice(0, 3000));
      res.end(big.slice(3000));
    });
    const small = client(url, { maxResponseBytes: 1000 });
    expect((await small.GET('/domains')).error).toMatchObject({ name: 'response_too_large', statusCode: 200 });
    expect((await small.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } })).error).toMatchObject({
      name: 'response_too_large',
    });
    const gzipped = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(big));
    });
    expect((await client(gzipped.url, { maxResponseBytes: 1000 }).GET('/domains')).error).toMatchObject({
      name: 'response_too_large',
    });
  });

  it('decodes a gzip answer and parses a chunked one', async () => {
    const page = {
      object: 'list',
      has_more: false,
      data: Array.from({ length: 100 }, (_, i) => ({ id: `e-${i}`, subject: 'Hi' })),
    };
    const { url, seen } = await serve((req, res) => {
      if (req.url?.startsWith('/domains')) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        return res.end(gzipSync(JSON.stringify(page)));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(JSON.stringify(page).slice(0, 100));
      res.end(JSON.stringify(page).slice(100));
    });
    const resend = client(url);
    expect((await resend.GET('/domains')).data).toEqual(page);
    expect(seen[0]!.headers['accept-encoding']).toBeUndefined();
    const { data, response } = await resend.emails.list();
    expect(data).toEqual(page);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(JSON.stringify(page))));
    expect(response.headers.get('transfer-encoding')).toBeNull();
  });

  it('answers a non-JSON error body as invalid_response with its status', async () => {
    const { url } = await serve((_req, res) =>
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'),
    );
    const { error, response } = await client(url, { retry: false }).emails.send(email);
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 502 });
    expect(response.status).toBe(502);
  });
});
