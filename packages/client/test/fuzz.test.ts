/**
 * Property-based tests over the client's inputs (options, paths, path and query parameters, headers,
 * bodies) and over hostile answers: each run ends in a typed error or a valid request to the base
 * URL, never a thrown untyped error, a hang, or the key in anything printable. Bounded in runs and
 * time (the file takes a few seconds; each property stops after 4 s); fast-check prints the seed and
 * the smallest failing input on failure.
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResendConfigError, ResendError, createResendClient, toResendError } from './api.js';
import { API_KEY } from './helpers.js';

const BASE = 'https://api.resend.test/v1';
/** `FUZZ_SCALE=20 pnpm vitest run test/fuzz.test.ts` for a longer search (runs and time limits scale). */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
const RUNS = { numRuns: 150 * SCALE, interruptAfterTimeLimit: 4000 * SCALE, markInterruptAsFailure: false } as const;
/** Each property stops searching after 4 s (× scale); the test itself gets room to finish its last run. */
const TEST_TIMEOUT = 10_000 * SCALE;

function printable(value: unknown): string {
  const parts = [inspect(value, { depth: 6, showHidden: true })];
  if (value instanceof Error) parts.push(String(value.stack), JSON.stringify(value), value.message);
  return parts.join('\n');
}

/** Strings that tend to break URLs and headers, mixed with arbitrary ones. */
const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    '.',
    '..',
    '/',
    '?',
    '#',
    '@',
    ':8443',
    '.evil.example',
    '%2e%2e',
    '\r\n',
    '\u0000',
    'é',
    '€',
    '{id}',
    ' ',
    '\\',
    '//evil.example',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Settles within `ms` or fails the run: a hang is a failure, not a slow test. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzz: client inputs', () => {
  it(
    'createResendClient either returns a client or throws a ResendConfigError without the key',
    () => {
      const options = fc.record(
        {
          baseUrl: fc.oneof(
            nasty,
            fc.webUrl(),
            fc.constantFrom('https://api.resend.com', 'http://localhost:1', 'http://x.localhost', 'https://h/?'),
          ),
          userAgent: nasty,
          headers: fc.oneof(
            fc.dictionary(nasty, fc.oneof(nasty, fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 3 }),
            nasty,
          ),
          timeoutMs: fc.oneof(fc.double(), fc.integer()),
          maxRedirects: fc.oneof(fc.double(), fc.integer()),
          maxResponseBytes: fc.oneof(fc.double(), fc.integer()),
          retry: fc.oneof(
            fc.constant(false),
            fc.record({ retries: fc.double(), baseDelayMs: fc.double() }, { requiredKeys: [] }),
          ),
          rateLimit: fc.oneof(
            fc.constant(false),
            fc.record(
              { limit: fc.double(), windowMs: fc.double(), maxQueue: fc.double(), team: fc.string() },
              { requiredKeys: [] },
            ),
          ),
          fetch: fc.oneof(fc.constant(undefined), nasty),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(options, (opts) => {
          try {
            const client = createResendClient({ apiKey: API_KEY, ...(opts as object) });
            expect(printable(client)).not.toContain(API_KEY);
          } catch (error) {
            expect(error).toBeInstanceOf(ResendConfigError);
            expect(printable(error)).not.toContain(API_KEY);
          }
        }),
        { ...RUNS, numRuns: 400 * SCALE },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'a call with any path, parameters, query, headers and body resolves typed, and sends only to the base URL',
    async () => {
      const seen: Request[] = [];
      const client = createResendClient({
        apiKey: API_KEY,
        baseUrl: BASE,
        rateLimit: false,
        retry: { retries: 1, baseDelayMs: 0, maxDelayMs: 1 },
        timeoutMs: 1000,
        fetch: async (request) => {
          seen.push(request);
          return new Response(JSON.stringify({ id: 'e', object: 'email', data: [] }), {
            headers: { 'content-type': 'application/json' },
          });
        },
      });
      const call = fc.record({
        method: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT'),
        path: fc.oneof(
          fc.constantFrom('/emails', '/emails/{email_id}', '/emails/batch', '/domains/{domain_id}/verify'),
          nasty.map((s) => `/emails/${s}`),
          nasty,
        ),
        pathParams: fc.oneof(
          fc.constant(undefined),
          fc.dictionary(fc.constantFrom('email_id', 'domain_id', 'x'), fc.oneof(nasty, fc.anything({ maxDepth: 1 })), {
            maxKeys: 2,
          }),
        ),
        query: fc.oneof(
          fc.constant(undefined),
          fc.dictionary(nasty, fc.oneof(nasty, fc.integer(), fc.array(nasty, { maxLength: 2 })), { maxKeys: 3 }),
        ),
        headers: fc.oneof(
          fc.constant(undefined),
          fc.dictionary(nasty, fc.oneof(nasty, fc.constant(null)), { maxKeys: 3 }),
        ),
        baseUrl: fc.oneof(
          fc.constant(undefined),
          nasty,
          fc.constantFrom('http://evil.example', `${BASE}/`, 'https://api.resend.test'),
        ),
        body: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
      });
      await fc.assert(
        fc.asyncProperty(call, async ({ method, path, pathParams, query, headers, baseUrl, body }) => {
          seen.length = 0;
          const init = {
            ...(baseUrl === undefined ? {} : { baseUrl }),
            ...(headers === undefined ? {} : { headers }),
            ...(body === undefined || method === 'GET' || method === 'DELETE' ? {} : { body }),
            params: {
              ...(pathParams === undefined ? {} : { path: pathParams }),
              ...(query === undefined ? {} : { query }),
            },
          };
          const run = (
            client as unknown as Record<
              string,
              (p: string, i: object) => Promise<{ error?: unknown; response: Response }>
            >
          )[method]!;
          const result = await within(3000, run(path, init));
          for (const request of seen)
            expect(
              request.url.startsWith(`${BASE}/`) || request.url === BASE || request.url.startsWith(`${BASE}?`),
            ).toBe(true);
          if (result.error !== undefined) {
            expect(typeof (result.error as { name?: unknown }).name).toBe('string');
            const error = toResendError(result.error, result.response);
            expect(error).toBeInstanceOf(ResendError);
            expect(printable(error)).not.toContain(API_KEY);
            expect(JSON.stringify(result.error)).not.toContain(API_KEY);
          }
        }),
        RUNS,
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'any answer (status, headers, body, even echoing the key) resolves typed, without the key, without hanging',
    async () => {
      const answer = fc.record({
        status: fc.integer({ min: 200, max: 599 }),
        retryAfter: fc.oneof(
          fc.constant(null),
          nasty,
          fc.constantFrom('-5', '1, 2', '0x10', '0', '0.01', 'Sun, 06 Nov 1994 08:49:37 GMT'),
        ),
        limit: fc.oneof(fc.constant(null), nasty, fc.constantFrom('1000000', '0', '-1', '3')),
        location: fc.oneof(
          fc.constant(null),
          nasty,
          fc.constantFrom('https://evil.example/x', '/v1/emails', 'http://evil.example', '//evil.example'),
        ),
        body: fc.oneof(
          nasty,
          fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
          fc.constantFrom('', 'null', '{"name":"x"}', `{"message":"Bearer ${API_KEY}"}`),
        ),
        echo: fc.boolean(),
        contentType: fc.constantFrom('application/json', 'text/html', ''),
      });
      const clean = (v: string | null) => (v === null || !/^[\t\x20-\x7e\x80-\xff]*$/.test(v) ? null : v);
      await fc.assert(
        fc.asyncProperty(answer, fc.constantFrom('GET', 'POST'), async (a, method) => {
          const client = createResendClient({
            apiKey: API_KEY,
            baseUrl: BASE,
            rateLimit: { limit: 1000, windowMs: 10, maxPauseMs: 20 },
            retry: { retries: 1, baseDelayMs: 0, maxDelayMs: 1, maxRetryAfterMs: 20 },
            timeoutMs: 1000,
            maxRedirects: 2,
            fetch: async (request) => {
              const headers = new Headers();
              for (const [name, value] of [
                ['retry-after', a.retryAfter],
                ['ratelimit-limit', a.limit],
                ['location', a.location],
                ['content-type', a.contentType],
              ] as const) {
                const v = clean(value);
                if (v) headers.set(name, v);
              }
              const text = a.echo ? `${a.body} ${request.headers.get('authorization')}` : a.body;
              const noBody = [204, 205, 304].includes(a.status);
              return new Response(noBody ? null : text, { status: a.status, headers });
            },
          });
          const result =
            method === 'GET'
              ? await within(3000, client.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } }))
              : await within(
                  3000,
                  client.POST('/emails', { body: { from: 'a@b.c', to: 'd@e.f', subject: 's', text: 't' } }),
                );
          expect(inspect(result.data, { depth: 6 })).not.toContain(API_KEY);
          if (result.error !== undefined || !result.response.ok) {
            const error = toResendError(result.error, result.response);
            expect(error).toBeInstanceOf(ResendError);
            expect(printable(error)).not.toContain(API_KEY);
          }
          expect(client.limiter?.limit ?? 0).toBeLessThanOrEqual(1000);
        }),
        RUNS,
      );
    },
    TEST_TIMEOUT,
  );
});
