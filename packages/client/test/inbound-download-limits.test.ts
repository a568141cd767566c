import { describe, expect, it } from 'vitest';
import { createResendClient } from '../src/client.js';

const KEY = 're_test_123456';
const RAW_URL = 'https://files.test/raw/r1?signature=sig';
const ATTACHMENT_URL = 'https://files.test/attachments/a1?signature=sig';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const received = {
  object: 'email',
  id: 'r1',
  subject: 'Help',
  text: 'Stuck.',
  attachments: [{ id: 'a1', filename: 'engine.png', content_type: 'image/png', size: 3 }],
  raw: { download_url: RAW_URL, expires_at: '2030-01-01T00:00:00Z' },
};

/** A download that never answers: it settles only when its signal aborts. */
const stall = (request: Request) =>
  new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));

/**
 * A fetch for the API at api.test and signed URLs at files.test: `download` answers each download
 * (its attempt number given), and every request is recorded with its Authorization header.
 */
function inbound(download: (request: Request, attempt: number) => Promise<Response> | Response) {
  const seen: { method: string; host: string; path: string; authorization: string | null }[] = [];
  let downloads = 0;
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    const { host, pathname: path } = url;
    seen.push({ method: request.method, host, path, authorization: request.headers.get('authorization') });
    if (url.host !== 'api.test') return download(request, ++downloads);
    if (url.pathname === '/emails/receiving/r1') return json(received);
    if (url.pathname === '/emails/receiving/r1/attachments/a1')
      return json({ object: 'attachment', id: 'a1', filename: 'engine.png', download_url: ATTACHMENT_URL });
    if (url.pathname === '/emails') return json({ id: 'sent_1' });
    return new Response('{}', { status: 404 });
  };
  return { fetch, seen, downloads: () => downloads };
}

function client(fetch: (request: Request) => Promise<Response>, options: { timeoutMs?: number } = {}) {
  return createResendClient({
    apiKey: KEY,
    baseUrl: 'https://api.test',
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    fetch,
    ...options,
  });
}

describe('inbound downloads under the time limit and retries', () => {
  it('ends a stalled raw download at the call timeoutMs as download_failed', async () => {
    const { fetch, downloads } = inbound(stall);
    const resend = client(fetch, { timeoutMs: 200 });
    const started = Date.now();
    const result = await resend.emails.receiving.raw('r1', { timeoutMs: 150, retry: false });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.error).toMatchObject({ name: 'download_failed', statusCode: null });
    expect(result.error?.message).toMatch(/150 ms/);
    expect(downloads()).toBe(1);
  });

  it("ends a stalled download at the client's timeoutMs when the call gives none, after its retries", async () => {
    const { fetch, downloads } = inbound(stall);
    const resend = client(fetch, { timeoutMs: 100 });
    const result = await resend.emails.receiving.raw('r1');
    expect(result.error).toMatchObject({ name: 'download_failed' });
    expect(result.error?.message).toMatch(/Timed out after 3 attempts/);
    expect(downloads()).toBe(3);
  });

  it('counts a body that stalls after the headers against the time limit', async () => {
    const { fetch } = inbound(async (request) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('From: a'));
          request.signal.addEventListener('abort', () => controller.error(request.signal.reason));
        },
      });
      return new Response(body);
    });
    const result = await client(fetch).emails.receiving.raw('r1', { timeoutMs: 100, retry: false });
    expect(result.error).toMatchObject({ name: 'download_failed' });
  });

  it('retries a download answered 503, and gets the bytes', async () => {
    const { fetch, downloads, seen } = inbound((_, attempt) =>
      attempt === 1 ? new Response('busy', { status: 503 }) : new Response('From: ada\r\n\r\nHi'),
    );
    const result = await client(fetch, { timeoutMs: 200 }).emails.receiving.raw('r1');
    expect(result.error).toBeUndefined();
    expect(new TextDecoder().decode(result.data)).toBe('From: ada\r\n\r\nHi');
    expect(downloads()).toBe(2);
    // The key went to the API only, never to the signed URL's host.
    expect(seen.filter((s) => s.host === 'files.test').map((s) => s.authorization)).toEqual([null, null]);
    expect(seen.filter((s) => s.host === 'api.test').every((s) => s.authorization === `Bearer ${KEY}`)).toBe(true);
  });

  it('retries a download that fails on the network, within retry: { retries }', async () => {
    const { fetch, downloads } = inbound((_, attempt) =>
      attempt < 3 ? Promise.reject(new TypeError('fetch failed')) : new Response('MIME'),
    );
    const result = await client(fetch).emails.receiving.raw('r1', { retry: { retries: 2 } });
    expect(new TextDecoder().decode(result.data)).toBe('MIME');
    expect(downloads()).toBe(3);
  });

  it('keeps a 503 that outlasts the retries as download_failed with its status', async () => {
    const { fetch, downloads } = inbound(() => new Response('busy', { status: 503 }));
    const result = await client(fetch).emails.receiving.raw('r1');
    expect(result.error).toMatchObject({ name: 'download_failed', statusCode: 503 });
    expect(downloads()).toBe(3);
  });

  it('does not retry a download answered 403 (an expired signed URL)', async () => {
    const { fetch, downloads } = inbound(() => new Response('expired', { status: 403 }));
    const result = await client(fetch).emails.receiving.raw('r1');
    expect(result.error).toMatchObject({ name: 'download_failed', statusCode: 403 });
    expect(downloads()).toBe(1);
  });

  it('puts attachment downloads of forward under the time limit too, and sends nothing', async () => {
    const { fetch, seen } = inbound(stall);
    const result = await client(fetch).emails.receiving.forward(
      { emailId: 'r1', to: 'ops@acme.dev', from: 'fwd@acme.dev' },
      { timeoutMs: 100, retry: false },
    );
    expect(result.error).toMatchObject({ name: 'download_failed' });
    expect(seen.filter((s) => s.method === 'POST')).toEqual([]);
    expect(seen.at(-1)).toMatchObject({ host: 'files.test', path: '/attachments/a1' });
  });

  it("rejects with the caller's reason when its signal aborts a download", async () => {
    const { fetch } = inbound(stall);
    const controller = new AbortController();
    const reason = new Error('stop');
    setTimeout(() => controller.abort(reason), 20);
    await expect(
      client(fetch, { timeoutMs: 0 }).emails.receiving.raw('r1', { signal: controller.signal }),
    ).rejects.toBe(reason);
  });
});
