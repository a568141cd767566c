import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@resendkit/types';
import bundled from '@resendkit/types/openapi.json' with { type: 'json' };
import { type Email, type MethodResult, createResendClient, resetSharedRateLimiters, unwrap } from './api.js';
import { ROUTES } from '../src/generated/routes.js';
import type { EmailInput } from '../src/email-input.js';
import type { WithBytes } from '../src/bytes.js';
import { API_KEY, BASE_URL, email } from './helpers.js';

interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  contentType: string | null;
  signal: AbortSignal;
}

/** A client over an injected fetch that records each attempt and answers with `answer`. */
function recording(
  answer: (seen: Seen, attempt: number) => Response | Promise<Response> = () => Response.json({ id: 'x' }),
) {
  const seen: Seen[] = [];
  const resend = createResendClient({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    fetch: async (request) => {
      const entry = {
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        contentType: request.headers.get('content-type'),
        signal: request.signal,
        body: await request.text(),
      };
      seen.push(entry);
      return answer(entry, seen.length);
    },
  });
  return { resend, seen };
}

describe('endpoint methods', () => {
  it('sends with one body argument, adding an idempotency key: emails.send', async () => {
    const { resend, seen } = recording();
    const { data, error } = await resend.emails.send(email);
    expect(error).toBeUndefined();
    expect(data).toEqual({ id: 'x' });
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.url.pathname).toBe('/emails');
    expect(JSON.parse(seen[0]!.body)).toEqual(email);
    expect(seen[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('takes a single path parameter positionally and encodes it: emails.get(id)', async () => {
    const { resend, seen } = recording();
    await resend.emails.get('a/../b');
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.url.pathname).toBe('/emails/a%2F..%2Fb');
  });

  it('takes a query as one object: contacts.list({ limit })', async () => {
    const { resend, seen } = recording(() => Response.json({ object: 'list', has_more: false, data: [] }));
    await resend.contacts.list({ limit: 50 });
    expect(seen[0]!.url.pathname).toBe('/contacts');
    expect(seen[0]!.url.searchParams.get('limit')).toBe('50');
  });

  it('takes several path parameters as one object keyed like the path', async () => {
    const { resend, seen } = recording();
    await resend.inboxes.threads.emails.get({ inbox_id: 'i1', thread_id: 't1', email_id: 'e1' });
    expect(seen[0]!.url.pathname).toBe('/inboxes/i1/threads/t1/emails/e1');
  });

  it('refuses an empty positional id before sending, naming the method and path', async () => {
    const { resend, seen } = recording();
    const result = await resend.domains.verify('');
    expect(seen).toHaveLength(0);
    expect(result.error).toMatchObject({ name: 'invalid_path_parameter' });
  });

  it.each([
    [
      'a null email',
      (r: ReturnType<typeof recording>['resend']) => r.emails.send(null as never),
      'POST /emails',
      'null',
    ],
    [
      'a batch given as text',
      (r: ReturnType<typeof recording>['resend']) => r.batch.send('[]' as never),
      'POST /emails/batch',
      'string',
    ],
    [
      'a multipart body given as text',
      (r: ReturnType<typeof recording>['resend']) => r.contacts.imports.create('a.csv' as never),
      'POST /contacts/imports',
      'string',
    ],
  ])('refuses %s before sending, naming the route and what it got', async (_, call, route, kind) => {
    const { resend, seen } = recording();
    const result = await call(resend);
    expect(seen).toHaveLength(0);
    expect(result.error).toEqual({
      statusCode: null,
      name: 'invalid_option',
      // The batch's body is an array of emails: its refusal says so.
      message: `The body of ${route} must be ${route === 'POST /emails/batch' ? 'an array' : 'an object'} (got ${kind}); nothing was sent.`,
    });
  });

  it('still sends a route whose body may be left out without one', async () => {
    const { resend, seen } = recording();
    await resend.broadcasts.send('b1' as never);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url.pathname).toBe('/broadcasts/b1/send');
  });

  it('sends a multipart body as FormData: contacts.imports.create', async () => {
    const { resend, seen } = recording();
    await resend.contacts.imports.create({
      file: new Blob(['email\nada@example.com\n'], { type: 'text/csv' }),
    } as never);
    expect(seen[0]!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]!.body).toContain('ada@example.com');
  });

  it('gives each x-idempotent route a key and retries it after a 5xx (inbox reply)', async () => {
    const { resend, seen } = recording((_, attempt) =>
      attempt === 1
        ? Response.json({ statusCode: 500, name: 'internal_server_error', message: 'x' }, { status: 500 })
        : Response.json({ id: 'm' }),
    );
    const { data } = await resend.inboxes.threads.emails.reply({ inbox_id: 'i', thread_id: 't', email_id: 'e' }, {
      text: 'Thanks',
    } as never);
    expect(data).toEqual({ id: 'm' });
    expect(seen).toHaveLength(2);
    const key = seen[0]!.headers.get('idempotency-key');
    expect(key).toBeTruthy();
    expect(seen[1]!.headers.get('idempotency-key')).toBe(key);
  });

  it.each([
    [
      'forward',
      (r: ReturnType<typeof recording>['resend']) =>
        r.inboxes.threads.emails.forward({ inbox_id: 'i', thread_id: 't', email_id: 'e' }, {
          to: ['a@b.dev'],
        } as never),
    ],
    [
      'draft send',
      (r: ReturnType<typeof recording>['resend']) => r.inboxes.drafts.send({ inbox_id: 'i', draft_id: 'd' }),
    ],
  ])('gives the inbox %s a key', async (_label, run) => {
    const { resend, seen } = recording();
    await run(resend);
    expect(seen[0]!.headers.get('idempotency-key')).toBeTruthy();
  });

  describe('per-call options, last', () => {
    it('sends the given idempotencyKey and headers', async () => {
      const { resend, seen } = recording();
      await resend.emails.send(email, { idempotencyKey: 'order-42', headers: { 'x-trace': 't1' } });
      expect(seen[0]!.headers.get('idempotency-key')).toBe('order-42');
      expect(seen[0]!.headers.get('x-trace')).toBe('t1');
    });

    it('refuses an Authorization header like the path-based calls do, sending nothing', async () => {
      const { resend, seen } = recording();
      const { error } = await resend.emails.get('e1', { headers: { authorization: 'Bearer re_other' } });
      expect(error).toMatchObject({ name: 'invalid_header' });
      expect(seen).toHaveLength(0);
    });

    it('aborts with the signal', async () => {
      const { resend } = recording();
      const controller = new AbortController();
      controller.abort(new Error('stop'));
      await expect(resend.domains.verify('d1', { signal: controller.signal })).rejects.toThrow('stop');
    });

    it('overrides retry for one call (retry: false sends once)', async () => {
      const failing = () =>
        Response.json({ statusCode: 503, name: 'service_unavailable', message: 'x' }, { status: 503 });
      const once = recording(failing);
      await once.resend.emails.get('e1', { retry: false });
      expect(once.seen).toHaveLength(1);
      const retried = recording(failing);
      await retried.resend.emails.get('e1', { retry: { retries: 1 } });
      expect(retried.seen).toHaveLength(2);
    });

    it('overrides timeoutMs for one call', async () => {
      const { resend } = recording(
        (seen) =>
          new Promise<Response>((_, reject) => seen.signal.addEventListener('abort', () => reject(seen.signal.reason))),
      );
      const { error } = await resend.emails.get('e1', { timeoutMs: 20, retry: false });
      expect(error).toMatchObject({ name: 'timeout' });
    });
  });

  it('unwrap accepts the promise, and names method and path when it throws', async () => {
    const { resend } = recording(() => Response.json({ id: 'e1', object: 'email' }));
    const emailData = await unwrap(resend.emails.get('e1'));
    expectTypeOf(emailData).toEqualTypeOf<Email>();
    expect(emailData).toMatchObject({ id: 'e1' });
    await expect(unwrap(resend.emails.send(email, { idempotencyKey: '' }))).rejects.toMatchObject({
      name: 'invalid_idempotency_key',
      method: 'POST',
      path: '/emails',
    });
  });

  it('types results with the named types', () => {
    const { resend } = recording();
    expectTypeOf(resend.emails.get).returns.resolves.toEqualTypeOf<MethodResult<components['schemas']['Email']>>();
    expectTypeOf(resend.emails.send)
      .parameter(0)
      .toEqualTypeOf<EmailInput<WithBytes<components['schemas']['SendEmailRequest'], 'attachments', 'content'>>>();
    resetSharedRateLimiters();
  });

  it('has one method per operation of the spec', () => {
    const operations: string[] = [];
    for (const [path, item] of Object.entries((bundled as { paths: Record<string, Record<string, unknown>> }).paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'])
        if (item[method]) operations.push(`${method.toUpperCase()} ${path}`);
    }
    const routes = ROUTES.split('\n').map((line) => line.split(' '));
    expect(routes.map(([, method, path]) => `${method} ${path}`).sort()).toEqual(operations.sort());
    const names = routes.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    const { resend } = recording();
    for (const name of names) {
      const fn = name!.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], resend);
      expect(typeof fn, name).toBe('function');
    }
  });

  it('builds a group of methods on its first read only, then keeps it as a plain property', async () => {
    const { resend, seen } = recording();
    const unbuilt = (name: string) => typeof Object.getOwnPropertyDescriptor(resend, name)?.get === 'function';
    expect(Object.keys(resend)).toEqual(expect.arrayContaining(['emails', 'domains', 'contacts', 'audiences']));
    expect(['emails', 'domains', 'contacts', 'audiences'].every(unbuilt)).toBe(true);
    const emails = resend.emails;
    expect(unbuilt('emails')).toBe(false);
    expect(resend.emails).toBe(emails);
    expect(unbuilt('domains')).toBe(true);
    // The inbound helpers beside the routes arrive with their group.
    expect(typeof resend.emails.receiving.raw).toBe('function');
    // A method whose SDK form calls a route of another group reaches it, unbuilt as that group is.
    await resend.contacts.remove({ id: 'c_1', audienceId: 'aud_1' });
    expect(seen[0]!.url.pathname).toBe('/audiences/aud_1/contacts/c_1');
    expect(unbuilt('audiences')).toBe(true);
  });

  it('lets a group be replaced, as a property of a plain object can be', () => {
    const { resend } = recording();
    const stub = { send: async () => ({ data: { id: 'stubbed' } }) };
    (resend as unknown as { emails: unknown }).emails = stub;
    expect(resend.emails).toBe(stub);
  });
});
