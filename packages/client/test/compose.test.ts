import { http, HttpResponse } from 'msw';
import createClient from 'openapi-fetch';
import type { paths } from '@resendkit/types';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  type Attempt,
  RateLimiter,
  changeAttempt,
  fetchSend,
  idempotencyMiddleware,
  toFetch,
  withAuth,
  withRateLimit,
  withRedirects,
  withRetry,
  withTimeout,
} from './api.js';
import { API_KEY, BASE_URL, email, useServer } from './helpers.js';

const server = useServer();

describe('composing the exported pieces onto a plain openapi-fetch client', () => {
  it('resends the same body with the same key after a 500, with the key only on the wire', async () => {
    const seen: { body: string; key: string | null; auth: string | null }[] = [];
    server.use(
      http.post(`${BASE_URL}/emails`, async ({ request }) => {
        seen.push({
          body: await request.text(),
          key: request.headers.get('idempotency-key'),
          auth: request.headers.get('authorization'),
        });
        return seen.length === 1
          ? HttpResponse.json({ statusCode: 500, name: 'application_error', message: 'boom' }, { status: 500 })
          : HttpResponse.json({ id: 'e-1' });
      }),
    );
    const send = withRedirects(fetchSend());
    const client = createClient<paths>({
      baseUrl: BASE_URL,
      fetch: toFetch(
        withRetry(withRateLimit(withTimeout(withAuth(send, API_KEY), 5_000), new RateLimiter({ limit: 10 })), {
          baseDelayMs: 1,
        }),
      ),
    });
    const requestsSeenByMiddleware: (string | null)[] = [];
    client.use(idempotencyMiddleware(), {
      onRequest: ({ request }) => void requestsSeenByMiddleware.push(request.headers.get('authorization')),
    });

    const { data, error } = await client.POST('/emails', { body: email });

    expect(error).toBeUndefined();
    expect(data).toEqual({ id: 'e-1' });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.body).toBe(JSON.stringify(email));
    expect(seen[0]?.body).toBe(seen[1]?.body);
    expect(seen[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[1]?.key).toBe(seen[0]?.key);
    expect(seen.every((s) => s.auth === `Bearer ${API_KEY}`)).toBe(true);
    expect(requestsSeenByMiddleware).toEqual([null]);
  });

  it('hands a custom fetch one Request per attempt', async () => {
    const methods: string[] = [];
    const client = createClient<paths>({
      baseUrl: BASE_URL,
      fetch: toFetch(
        withAuth(
          fetchSend(async (request) => {
            methods.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get('authorization')}`);
            return HttpResponse.json({ object: 'email', id: 'e-2' });
          }),
          API_KEY,
        ),
      ),
    });
    const { data } = await client.GET('/emails/{email_id}', { params: { path: { email_id: 'e-2' } } });
    expect(data).toMatchObject({ id: 'e-2' });
    expect(methods).toEqual([`GET /emails/e-2 Bearer ${API_KEY}`]);
  });
});

describe('changeAttempt', () => {
  const signal = new AbortController().signal;
  const original: Attempt = {
    url: 'https://api.resend.com/emails',
    method: 'POST',
    headers: [['content-type', 'application/json']],
    body: '{"to":"a@b.dev"}',
    redirect: 'follow',
    signal,
  };

  it('copies the attempt with the changes applied and leaves the original as it was', () => {
    const copy = changeAttempt(original, { url: 'https://api.resend.com/emails/batch', redirect: 'manual' });
    expect(copy).not.toBe(original);
    expect(copy).toEqual({ ...original, url: 'https://api.resend.com/emails/batch', redirect: 'manual' });
    expect(copy.signal).toBe(signal);
    expect(original.url).toBe('https://api.resend.com/emails');
    expect(original.redirect).toBe('follow');
  });

  it('keeps a field whose change is undefined, and drops the signal only when told to', () => {
    const kept = changeAttempt(original, { url: undefined, body: undefined });
    expect(kept.url).toBe(original.url);
    expect(kept.body).toBe(original.body);
    expect(changeAttempt(original, { body: null }).body).toBeNull();
    expect(changeAttempt(original, { signal: undefined }).signal).toBeUndefined();
  });

  it('gives every copy the same fields, whichever were changed', () => {
    const bare: Attempt = { url: original.url, method: 'GET', headers: [], body: null };
    const keys = [changeAttempt(bare, {}), changeAttempt(original, { headers: [] })].map((copy) =>
      Object.keys(copy).sort(),
    );
    expect(keys[0]).toEqual(keys[1]);
  });
});

describe("the README's smallest client for workers", () => {
  /** Runs the README's snippet as a module (its imports pointed at the sources); returns what it logged. */
  async function runSnippet(name: string): Promise<unknown[]> {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const snippet = /### The smallest client for workers[\s\S]*?```ts\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(snippet, 'the README section and its snippet').toBeDefined();
    const file = fileURLToPath(new URL(`./.readme-${name}.ts`, import.meta.url));
    await writeFile(file, snippet!.replace("'@resendkit/client/compose'", "'../src/compose.js'"));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await import(file);
      return log.mock.calls.map((call) => call[0]);
    } finally {
      log.mockRestore();
      await rm(file, { force: true });
    }
  }

  it('sends with the key, an Idempotency-Key and its User-Agent, and logs the id', async () => {
    const seen: Headers[] = [];
    server.use(
      http.post('https://api.resend.com/emails', ({ request }) => {
        seen.push(request.headers);
        return HttpResponse.json({ id: 'e-worker' });
      }),
    );
    expect(await runSnippet('worker-sent')).toEqual(['e-worker']);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.get('authorization')).toBe('Bearer re_123');
    expect(seen[0]!.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]!.get('user-agent')).toContain('my-worker/1.0');
  });

  it('logs a typed failure for a 422, sent once', async () => {
    let sent = 0;
    server.use(
      http.post('https://api.resend.com/emails', () => {
        sent++;
        return HttpResponse.json(
          { statusCode: 422, name: 'validation_error', message: 'Invalid `to`.' },
          { status: 422 },
        );
      }),
    );
    const [logged] = await runSnippet('worker-422');
    expect(logged).toMatchObject({ name: 'validation_error', statusCode: 422 });
    expect(sent).toBe(1);
  });
});
