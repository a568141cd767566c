/**
 * Property-based fuzzing of the fake's request parsing: any method, path, headers, Content-Type and
 * body is answered with a JSON error or a valid answer, never a throw, a 5xx or a hang. Bounded in
 * runs and time so it stays cheap on a loaded machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { API, KEY } from './helpers.js';

const known = [
  'emails',
  'batch',
  'domains',
  'contacts',
  'segments',
  'audiences',
  'api-keys',
  'webhooks',
  'templates',
  'topics',
  'broadcasts',
  'oauth',
  'token',
  'imports',
  'receiving',
  'cancel',
  'verify',
];
const uuid = '4ef9a417-02e9-4d39-ad75-9611e0fcc33c';

const segment = fc.oneof(
  fc.constantFrom(...known, uuid, 'not-a-uuid', '', '..', '%2F', '%00', '{email_id}'),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const path = fc
  .tuple(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.option(fc.string({ maxLength: 30 }), { nil: undefined }))
  .map(([segments, query]) => `/${segments.join('/')}${query === undefined ? '' : `?${query.replace(/#/g, '')}`}`);

const method = fc.oneof(
  fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'),
  fc.stringMatching(/^[A-Z]{1,10}$/),
);

const contentType = fc.option(
  fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/vnd.api+json',
      '',
    ),
    fc.string({ maxLength: 40 }),
  ),
  { nil: undefined },
);

const authorization = fc.option(
  fc.oneof(
    fc.constant(`Bearer ${KEY}`),
    fc.constantFrom('Bearer', 'Bearer ', 'Basic abc', `bearer ${KEY}`, 'Bearer re_'),
    fc.string({ maxLength: 40 }),
  ),
  { nil: undefined },
);

const jsonValue = fc.jsonValue({ maxDepth: 4 });
const emailLike = fc.record(
  {
    from: fc.oneof(fc.constant('Acme <a@acme.dev>'), fc.string({ maxLength: 60 })),
    to: fc.oneof(
      fc.constant('delivered@resend.dev'),
      fc.string({ maxLength: 60 }),
      fc.array(fc.string({ maxLength: 30 }), { maxLength: 60 }),
    ),
    subject: fc.oneof(fc.string({ maxLength: 50 }), jsonValue),
    html: fc.string({ maxLength: 200 }),
    scheduled_at: fc.string({ maxLength: 30 }),
    tags: jsonValue,
  },
  { requiredKeys: [] },
);
const body = fc.option(
  fc.oneof(
    emailLike.map((v) => JSON.stringify(v)),
    fc.array(emailLike, { maxLength: 5 }).map((v) => JSON.stringify(v)),
    jsonValue.map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc.constantFrom('{', '[', 'null', '"', '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\na\r\n--x--'),
  ),
  { nil: undefined },
);

const requestParts = fc.record({
  method,
  path,
  contentType,
  authorization,
  userAgent: fc.option(fc.constantFrom('fuzz/1.0', ''), { nil: undefined }),
  idempotencyKey: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
  body,
});

type Parts = typeof requestParts extends fc.Arbitrary<infer T> ? T : never;

/** The Request, or undefined when fetch itself refuses these parts (a client-side error, not the fake's). */
function toRequest(parts: Parts): Request | undefined {
  try {
    const headers = new Headers();
    if (parts.contentType !== undefined) headers.set('content-type', parts.contentType);
    if (parts.authorization !== undefined) headers.set('authorization', parts.authorization);
    if (parts.userAgent !== undefined) headers.set('user-agent', parts.userAgent);
    if (parts.idempotencyKey !== undefined) headers.set('idempotency-key', parts.idempotencyKey);
    const withBody = parts.body !== undefined && parts.method !== 'GET' && parts.method !== 'HEAD';
    return new Request(`${API}${parts.path}`, {
      method: parts.method,
      headers,
      ...(withBody ? { body: parts.body } : {}),
    });
  } catch {
    return undefined;
  }
}

function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('fuzzing the fake', () => {
  it('answers every request with a JSON error or a valid answer: no throw, no 5xx, no hang', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, seed: 7 });
    await fc.assert(
      fc.asyncProperty(requestParts, async (parts) => {
        const request = toRequest(parts);
        if (!request) return;
        const response = await withinTime(fake.fetch(request), 5_000);
        const text = await response.text();
        expect(response.status, `${parts.method} ${parts.path}`).toBeLessThan(500);
        if (response.status >= 400) {
          if (response.status === 403 && text === 'error code: 1010') return; // the missing User-Agent page
          const parsed = JSON.parse(text) as Record<string, unknown>;
          expect(typeof (parsed.message ?? parsed.error_description), text).toBe('string');
        } else if (text !== '' && /json/.test(response.headers.get('content-type') ?? '')) {
          JSON.parse(text);
        }
      }),
      { numRuns: 400, seed: 20261129, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false },
    );
  }, 30_000);
});
