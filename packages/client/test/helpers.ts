import { http } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ResendClientOptions, ResendError, createResendClient, resetSharedRateLimiters, unwrap } from './api.js';

/** A fake key, long and distinctive enough that finding it in output can only mean a leak. */
export const API_KEY = 're_TESTKEY_3f9a1c7e5b2d4680_SECRET';
export const BASE_URL = 'https://api.resend.test';

export const email = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };

/** One msw server per test file; unhandled requests fail the test, nothing reaches the network. */
export function useServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    resetSharedRateLimiters();
  });
  afterAll(() => server.close());
  return server;
}

/** A client with test defaults: no rate limit, 1 ms backoff steps. */
export function testClient(options: ResendClientOptions = {}) {
  return createResendClient({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    rateLimit: false,
    ...options,
    retry: options.retry === false ? false : { baseDelayMs: 1, maxDelayMs: 5, ...options.retry },
  });
}

/** An empty list, as a stub answers a call whose answer the test does not read. */
const emptyList = () => Response.json({ object: 'list', has_more: false, data: [] });

/**
 * A client over an injected `fetch` that records each URL it is sent and answers with `answer` (no
 * limiter, no retries); with `withMiddleware`, a user middleware makes every call take openapi-fetch.
 */
export function stubbedClient(
  answer: (request: Request) => Response | Promise<Response> = emptyList,
  withMiddleware = false,
) {
  const sent: string[] = [];
  const resend = createResendClient({
    apiKey: 're_test_123456',
    baseUrl: 'https://api.test',
    rateLimit: false,
    retry: false,
    fetch: async (request: Request) => {
      sent.push(request.url);
      return answer(request);
    },
  });
  if (withMiddleware) resend.use({ onRequest() {} });
  return { resend, sent };
}

export function json(body: unknown, init: ResponseInit = {}) {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A request as `recordRequests` saw it. */
export interface SeenRequest {
  method: string;
  /** The pathname, percent-decoded. */
  path: string;
  /** The query's pairs, sorted by name. */
  query: [string, string][];
  /** The JSON body, or `undefined` for none. */
  body: unknown;
}

/** Records every request to {@link BASE_URL} on `server`, answering `{ id }` (and an empty `data` list). */
export function recordRequests(server: SetupServer): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.use(
    http.all(`${BASE_URL}/*`, async ({ request }) => {
      const text = await request.text();
      const url = new URL(request.url);
      seen.push({
        method: request.method,
        path: decodeURIComponent(url.pathname),
        query: [...url.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b)),
        body: text === '' ? undefined : JSON.parse(text),
      });
      return json({ object: 'x', id: 'id_1', data: [] });
    }),
  );
  return seen;
}

/** The {@link ResendError} `unwrap` throws for a call that failed; fails the test when it succeeded. */
export async function thrownBy(call: Promise<unknown>): Promise<ResendError> {
  try {
    unwrap(await (call as Promise<{ data: unknown; error: undefined; response: Response }>));
  } catch (error) {
    if (error instanceof ResendError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}
