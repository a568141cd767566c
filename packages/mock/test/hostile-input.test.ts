/** Hostile and odd requests: the fake answers each with Resend's JSON errors, promptly and within bounded memory. */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { fingerprint } from '../src/idempotency.js';
import { MAX_BODY_BYTES } from '../src/read-body.js';
import { listen, type FakeServer } from '../src/server.js';
import { API, HEADERS, call, email } from './helpers.js';

describe('a body sent with a Content-Type the endpoint does not take', () => {
  it('is refused with 422 naming the header, and nothing is stored (text/plain POST /emails without `to`)', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const body = JSON.stringify({ from: 'Acme <a@acme.dev>', subject: 'Hi', html: '<p>x</p>' });
    const { status, body: answer } = await call(fake, 'POST', '/emails', {
      body,
      headers: { 'content-type': 'text/plain' },
    });
    expect(status).toBe(422);
    expect(answer).toMatchObject({ statusCode: 422, name: 'validation_error' });
    expect(answer.message).toContain('text/plain');
    expect(answer.message).toContain('application/json');
    expect(fake.state.emails.size).toBe(0);
  });

  it('is refused even when the body would be a valid email', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'text/html; charset=utf-8',
      'application/xml',
    ]) {
      const { status } = await call(fake, 'POST', '/emails', {
        body: JSON.stringify(email()),
        headers: { 'content-type': type },
      });
      expect(status, type).toBe(422);
    }
    expect(fake.state.emails.size).toBe(0);
  });

  it('still accepts JSON media types with parameters or +json', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    for (const type of ['application/json; charset=utf-8', 'Application/JSON', 'application/vnd.api+json']) {
      const { status } = await call(fake, 'POST', '/emails', { body: email(), headers: { 'content-type': type } });
      expect(status, type).toBe(200);
    }
  });
});

describe('long field values', () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const n = 80 * 1024;
  // Shapes that made the old regular expressions backtrack quadratically.
  const hostile: Record<string, Record<string, unknown>> = {
    'an 80 KB `to` of letters': { to: 'a'.repeat(n) },
    'an 80 KB `to` of dotted labels after an @': { to: `a@${'b.'.repeat(n / 2)}!` },
    'an 80 KB local part at another domain than resend.dev': { to: [`${'x'.repeat(n)}@example.org`] },
    'an 80 KB `from` with many dots': { from: `Acme <a@${'b.'.repeat(n / 2)} >` },
    'an 80 KB `html` of unclosed tags': { html: '<'.repeat(n) },
    'an 80 KB `to` display name': { to: `${'n'.repeat(n)} <a@b.co>` },
  };
  for (const [name, overrides] of Object.entries(hostile)) {
    it(`answers ${name} within a second (the old expressions took tens of seconds)`, async () => {
      const started = performance.now();
      const { status } = await call(fake, 'POST', '/emails', { body: email(overrides) });
      const elapsed = performance.now() - started;
      expect(status).toBeLessThan(500);
      expect(elapsed).toBeLessThan(1000);
    });
  }

  it('answers an inbox draft whose 80 KB `html` is unclosed tags within a second (its preview scans, not backtracks)', async () => {
    const inbox = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body.id;
    const started = performance.now();
    const { status, body } = await call(fake, 'POST', `/inboxes/${inbox}/drafts`, {
      body: { to: 'ada@acme.dev', html: '<'.repeat(n) },
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(201);
  });

  it('refuses an address longer than RFC 5321 allows (320 characters)', async () => {
    const { status, body } = await call(fake, 'POST', '/emails', {
      body: email({ to: `${'a'.repeat(64)}@${'b'.repeat(300)}.com` }),
    });
    expect(status).toBe(422);
    expect(body.message).toContain('`to`');
  });

  it('still accepts ordinary addresses in both forms', async () => {
    for (const to of ['a@b.co', 'Ada Lovelace <ada@example.org>', ' <x.y+z@sub.example.org> ', 'bounced@resend.dev']) {
      const { status } = await call(fake, 'POST', '/emails', { body: email({ to }) });
      expect(status, to).toBe(200);
    }
    const bounced = fake.state.emails.newestFirst()[0]!;
    expect(bounced.last_event).toBe('bounced');
  });

  it('derives `text` from `html` as before, keeping a `<` that never closes', async () => {
    const { body } = await call(fake, 'POST', '/emails', {
      body: email({ html: '<p>Hello <b>there</b></p>\n\n<i>x</i> 1 < 2', text: undefined }),
    });
    expect(fake.state.emails.get(body.id)?.text).toBe('Hello there x 1 < 2');
  });
});

describe('headers are checked before the body is read', () => {
  /** A body that yields `chunk` forever, counting what was pulled. */
  function endless(chunk = new Uint8Array(64 * 1024)): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return { stream, pulled: () => pulled };
  }

  function post(headers: Record<string, string>, body: ReadableStream<Uint8Array>): Request {
    return new Request(`${API}/emails`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      duplex: 'half',
    } as RequestInit);
  }

  it('answers 401 to a request with no key without reading its endless body', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const { stream, pulled } = endless();
    const response = await fake.fetch(post({ 'user-agent': 'hostile/1.0' }, stream));
    expect(response.status).toBe(401);
    expect(pulled()).toBeLessThan(1024 * 1024);
  });

  it('answers 403 (1010) to a request with no User-Agent without reading its body', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const { stream, pulled } = endless();
    const response = await fake.fetch(post({ authorization: HEADERS.authorization! }, stream));
    expect(response.status).toBe(403);
    expect(pulled()).toBeLessThan(1024 * 1024);
  });

  it('answers 413 to an authorised endless body once it passes the cap, having read at most the cap', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const { stream, pulled } = endless();
    const response = await fake.fetch(post(HEADERS, stream));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ statusCode: 413 });
    expect(pulled()).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * 64 * 1024);
    expect(fake.state.emails.size).toBe(0);
  }, 20_000);

  it('answers 413 at once when Content-Length already says too much', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const { stream, pulled } = endless();
    const response = await fake.fetch(post({ ...HEADERS, 'content-length': String(MAX_BODY_BYTES + 1) }, stream));
    expect(response.status).toBe(413);
    expect(pulled()).toBeLessThan(1024 * 1024);
  });
});

describe('idempotency fingerprints', () => {
  it('are 16 hex characters whatever the body size, so a key does not keep a copy of the email', () => {
    const big = email({ html: `<p>${'x'.repeat(1024 * 1024)}</p>` });
    expect(fingerprint(big)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('match for the same body in another key order and differ for another body', () => {
    expect(fingerprint({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(fingerprint({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(fingerprint(email())).not.toBe(fingerprint(email({ subject: 'Hellp' })));
    expect(fingerprint('1')).not.toBe(fingerprint(1));
  });

  it('keep the digests they gave ordinary bodies before they were worked out without recursion', () => {
    expect(fingerprint(email())).toBe('3c1ad4bf8bddbd08');
    const batch = [
      email({ subject: '1' }),
      email({ subject: '2', tags: [{ name: 'a', value: 'b' }], headers: { 'X-A': '1' } }),
    ];
    expect(fingerprint(batch)).toBe('5d4e75e9b8a73f21');
    const odd = { a: 1, b: [1, { c: 2, d: undefined }], e: null, f: 'x"y', g: [[], {}], h: 1.5, i: true };
    expect(fingerprint(odd)).toBe('bd8e070ce2c7f382');
    expect([fingerprint(undefined), fingerprint('1'), fingerprint(1)]).toEqual([
      '77074ba468bec056',
      '012a777ac65d0952',
      '340ca71c69b6de6d',
    ]);
  });

  it('are worked out for a value nested 100 000 levels deep without overflowing the stack', () => {
    const nested = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;
    expect(fingerprint(nested(100_000))).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(nested(100_000))).not.toBe(fingerprint(nested(99_999)));
  });
});

describe('the local server', () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  let server: FakeServer;
  beforeAll(async () => {
    server = await listen(fake);
  });
  afterAll(() => server.close());

  /** A raw HTTP exchange (fetch refuses TRACE and CONNECT). */
  function raw(
    method: string,
    headers: Record<string, string>,
    write?: (req: ReturnType<typeof httpRequest>) => void,
  ): Promise<{ status: number; type: string; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${server.url}/emails`, { method, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
      });
      req.on('error', reject);
      if (write) write(req);
      else req.end();
    });
  }

  for (const method of ['TRACE']) {
    it(`answers ${method} with a JSON 405, not a plain-text 500`, async () => {
      const answer = await raw(method, HEADERS);
      expect(answer.status).toBe(405);
      expect(answer.type).toContain('application/json');
      expect(JSON.parse(answer.body)).toMatchObject({ statusCode: 405, name: 'method_not_allowed' });
    });
  }

  it('answers an unknown method on a known path with a JSON 405', async () => {
    const answer = await raw('PROPFIND', HEADERS);
    expect(answer.status).toBe(405);
    expect(JSON.parse(answer.body)).toMatchObject({ name: 'method_not_allowed' });
  });

  it('answers an unauthenticated upload with 401 before its body has been sent', async () => {
    const answer = await raw(
      'POST',
      { 'user-agent': 'hostile/1.0', 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024) },
      (req) => {
        // Send a first chunk and never the rest: only an answer that does not wait for the body arrives.
        req.write('{"from":');
      },
    );
    expect(answer.status).toBe(401);
  }, 5_000);
});
