/**
 * JSON bodies nested deeper than the fake reads (128 levels of arrays and objects): refused with 422
 * `validation_error` as Resend refuses a body it cannot accept, never the fake's 500, on every route,
 * with or without an `Idempotency-Key`, through `fake.fetch`, the local server and msw.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { mswHandlers } from '../src/msw.js';
import { listen, type FakeServer } from '../src/server.js';
import { bundledSpec, listOperations, requestMedia } from '../src/spec.js';
import { API, HEADERS, call, email } from './helpers.js';

/** The nesting the fake accepts; one level more is refused. */
const LIMIT = 128;
const DEEP = 100_000;
const TOO_DEEP = `nests arrays and objects deeper than ${LIMIT} levels`;

/** `depth` arrays inside each other, as text (no recursion needed to build or send it). */
const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** `depth` objects inside each other (`{"a":{"a":…1…}}`), as text. */
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
/** A valid email body with `value` (JSON text) under one more field. */
const emailWith = (field: string, value: string) => `${JSON.stringify(email()).slice(0, -1)},"${field}":${value}}`;

const key = (k: string) => ({ 'idempotency-key': k });

describe('a JSON body nested 100 000 levels deep', () => {
  const bodies: Record<string, string> = {
    'arrays as the whole body': arrays(DEEP),
    'objects under a field the schema does not name': emailWith('metadata', objects(DEEP)),
    'arrays under `tags`': emailWith('tags', arrays(DEEP)),
  };
  for (const [name, body] of Object.entries(bodies)) {
    for (const headers of [key(`deep/${name}`), {}]) {
      const sent = 'idempotency-key' in headers ? 'with' : 'without';
      it(`is refused on POST /emails with 422 naming the depth, ${sent} an Idempotency-Key (${name})`, async () => {
        const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
        const answer = await call(fake, 'POST', '/emails', { body, headers });
        expect(answer.status).toBe(422);
        expect(answer.body).toMatchObject({ statusCode: 422, name: 'validation_error' });
        expect(answer.body.message).toContain(TOO_DEEP);
        expect(fake.state.emails.size).toBe(0);
      });
    }
  }

  it('is refused by every operation that reads a JSON body, and answered below 500 by every other', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const failures: string[] = [];
    for (const op of listOperations(bundledSpec).filter((o) => o.method !== 'GET')) {
      const path = op.template.replace(/\{[^}]+\}/g, '4a1b2c3d-0000-4000-8000-000000000000');
      const takesJson = requestMedia(bundledSpec, op, 'application/json')?.type.includes('json') === true;
      for (const headers of [key(`sweep ${op.method} ${path}`), {}]) {
        const { status, body } = await call(fake, op.method, path, { body: `{"a":${objects(DEEP)}}`, headers });
        // The OAuth flow endpoints answer a refused body as RFC 6749's 400 `invalid_request`.
        const message = String(body?.message ?? body?.error_description ?? '');
        const refused = status >= 400 && status < 500 && message.includes(TOO_DEEP);
        if (status >= 500 || (takesJson && !refused))
          failures.push(
            `${op.method} ${op.template} (${Object.keys(headers).length ? 'key' : 'no key'}) → ${status} ${message}`,
          );
      }
    }
    expect(failures).toEqual([]);
  }, 30_000);

  it('leaves its Idempotency-Key free, so the same key then sends a good body', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const refused = await call(fake, 'POST', '/emails', {
      body: emailWith('metadata', arrays(DEEP)),
      headers: key('deep/then-good'),
    });
    expect(refused.status).toBe(422);
    const good = await call(fake, 'POST', '/emails', { body: email(), headers: key('deep/then-good') });
    expect(good.status).toBe(200);
    expect(fake.state.emails.size).toBe(1);
  });
});

describe('the depth limit', () => {
  it(`accepts a body nested exactly ${LIMIT} levels deep and replays it under its key, and refuses ${LIMIT + 1}`, async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    // The email object is the first level, so its field holds LIMIT - 1 more.
    const deepest = emailWith('metadata', arrays(LIMIT - 1));
    const first = await call(fake, 'POST', '/emails', { body: deepest, headers: key('at-limit') });
    const again = await call(fake, 'POST', '/emails', { body: deepest, headers: key('at-limit') });
    expect(first.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(fake.state.emails.size).toBe(1);
    const over = await call(fake, 'POST', '/emails', { body: emailWith('metadata', arrays(LIMIT)) });
    expect(over.status).toBe(422);
    expect(over.body.message).toBe(`The request body ${TOO_DEEP}.`);
  });
});

describe('the request log', () => {
  it('reads a refused deep body back through GET /logs/{id} as null, not as the fake failing', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    // 40 KB: kept whole by the log, and far deeper than JSON.stringify can write back.
    const refused = await call(fake, 'POST', '/emails', { body: arrays(20_000) });
    expect(refused.status).toBe(422);
    const logs = await call(fake, 'GET', '/logs');
    const entry = logs.body.data.find((l: { endpoint: string }) => l.endpoint === '/emails');
    const { status, body } = await call(fake, 'GET', `/logs/${entry.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ request_body: null, response_body: { statusCode: 422, name: 'validation_error' } });
  });
});

describe('through the local server and msw', () => {
  const body = emailWith('metadata', objects(DEEP));
  const post = (base: string) =>
    fetch(`${base}/emails`, {
      method: 'POST',
      headers: { ...HEADERS, 'content-type': 'application/json', ...key('deep/adapters') },
      body,
    });

  describe('the local server', () => {
    let server: FakeServer;
    beforeAll(async () => {
      server = await listen(createFakeResend({ domains: ['acme.dev'], rateLimit: false }));
    });
    afterAll(() => server.close());

    it('answers 422 validation_error, not 500', async () => {
      const response = await post(server.url);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        name: 'validation_error',
        message: `The request body ${TOO_DEEP}.`,
      });
    });
  });

  describe('msw', () => {
    const msw = setupServer(...mswHandlers(createFakeResend({ domains: ['acme.dev'], rateLimit: false })));
    beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
    afterAll(() => msw.close());

    it('answers 422 validation_error, not 500', async () => {
      const response = await post(API);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        name: 'validation_error',
        message: `The request body ${TOO_DEEP}.`,
      });
    });
  });
});
