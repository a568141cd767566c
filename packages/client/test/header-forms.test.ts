/**
 * Every header form openapi-fetch's types admit (a record, a `Headers`, `[name, value]` pairs) is
 * honoured wherever the client takes headers: the client's `headers` option, an endpoint method's
 * per-call `headers`, and a path-based call's `headers` and `params.header`. Pairs had reached
 * openapi-fetch's merge, which reads them as a record (a header named `0` holding
 * "Idempotency-Key, order-42"): the caller's key was lost, a fresh random one sent, and a retried job
 * sent its email twice. A `Headers` given to a method had been reduced to `{}`. Anything else (a
 * `Map`, a number) is refused with nothing sent.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../../mock/src/index.js';
import { type ResendClientOptions, ResendConfigError, createResendClient } from './api.js';
import { API_KEY } from './helpers.js';

const body = { from: 'a@acme.dev', to: 'delivered@resend.dev', subject: 'Order 42', text: 'hi' };

function fakeClient(options: ResendClientOptions = {}) {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const resend = createResendClient({ apiKey: API_KEY, rateLimit: false, fetch: (r) => fake.fetch(r), ...options });
  return { fake, resend };
}

/** A client whose requests' headers are recorded (names in lower case, as `Headers` gives them). */
function recordingClient(options: ResendClientOptions = {}) {
  const seen: Record<string, string>[] = [];
  const resend = createResendClient({
    apiKey: API_KEY,
    rateLimit: false,
    fetch: async (request) => (seen.push(Object.fromEntries(request.headers)), Response.json({ id: 'e1' })),
    ...options,
  });
  return { resend, seen };
}

describe('header pairs keep the caller Idempotency-Key', () => {
  it('a job sent twice with its key as pairs stores one email, by path and by endpoint method', async () => {
    const { fake, resend } = fakeClient();
    const headers: [string, string][] = [['Idempotency-Key', 'order-42']];
    await resend.POST('/emails', { body, headers });
    await resend.POST('/emails', { body, headers });
    const pairs = [['X-Entity-Ref-ID', '42']] as unknown as Record<string, string>;
    await resend.emails.send(body, { headers: pairs, idempotencyKey: 'order-43' });
    await resend.emails.send(body, { headers: pairs, idempotencyKey: 'order-43' });
    expect(fake.state.emails.size).toBe(2);
  });

  it('sends the pairs as named headers, never a header named 0', async () => {
    const { resend, seen } = recordingClient();
    const headers: [string, string][] = [
      ['idempotency-KEY', 'order-44'],
      ['X-Tag', 'a'],
      ['x-tag', 'b'],
    ];
    await resend.POST('/emails', { body, headers });
    await resend.POST('/emails', { body, params: { header: [['X-Ref', '7']] as never } });
    expect(seen[0]).toMatchObject({ 'idempotency-key': 'order-44', 'x-tag': 'a, b' });
    expect(seen[1]).toMatchObject({ 'x-ref': '7' });
    expect(seen.every((headers) => !('0' in headers))).toBe(true);
  });

  it('keeps the pairs key through openapi-fetch too (a middleware registered)', async () => {
    const { resend, seen } = recordingClient();
    resend.use({ onRequest: ({ request }) => request });
    await resend.POST('/emails', { body, headers: [['Idempotency-Key', 'order-45']] });
    await resend.emails.send(body, { headers: [['Idempotency-Key', 'order-46']] as never });
    expect(seen.map((headers) => headers['idempotency-key'])).toEqual(['order-45', 'order-46']);
  });

  it('an endpoint method sends a Headers or pairs of its own, with idempotencyKey applied over them', async () => {
    const { resend, seen } = recordingClient();
    const given = new Headers({ 'X-Entity-Ref-ID': '9', 'Idempotency-Key': 'from-headers' });
    await resend.emails.send(body, { headers: given as never });
    await resend.emails.send(body, { headers: given as never, idempotencyKey: 'order-47' });
    await resend.emails.send(body, { headers: [['Idempotency-Key', 'from-pairs']] as never });
    expect(seen[0]).toMatchObject({ 'x-entity-ref-id': '9', 'idempotency-key': 'from-headers' });
    expect(seen[1]).toMatchObject({ 'x-entity-ref-id': '9', 'idempotency-key': 'order-47' });
    expect(seen[2]).toMatchObject({ 'idempotency-key': 'from-pairs' });
  });

  it('client-wide headers given as pairs or a Headers are sent on every request', async () => {
    for (const headers of [
      [['x-batch-validation', 'permissive']],
      new Headers({ 'X-Batch-Validation': 'permissive' }),
    ]) {
      const { resend, seen } = recordingClient({ headers: headers as never });
      await resend.POST('/emails/batch', { body: [body] });
      await resend.emails.get('e1');
      expect(seen.map((sent) => sent['x-batch-validation'])).toEqual(['permissive', 'permissive']);
      expect(seen.every((sent) => !('0' in sent))).toBe(true);
    }
  });

  it('client-wide pairs holding an Idempotency-Key are refused, in any case', () => {
    expect(() => recordingClient({ headers: [['idempotency-KEY', 'fixed']] })).toThrow(ResendConfigError);
  });
});

describe('headers of another kind are refused, nothing sent', () => {
  it('a Map or a number as the client option throws invalid_option naming headers', () => {
    for (const headers of [new Map([['x-a', 'b']]), 5]) {
      let thrown: unknown;
      try {
        recordingClient({ headers: headers as never });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ResendConfigError);
      expect(thrown).toMatchObject({ code: 'invalid_option' });
      expect(String((thrown as Error).message)).toMatch(/^headers: not a Headers, .*\(got (Map|number)\)\.$/);
    }
  });

  it('a Map or a number as an endpoint method headers rejects with invalid_option naming headers', async () => {
    const { resend, seen } = recordingClient();
    for (const headers of [new Map([['Idempotency-Key', 'order-48']]), 5]) {
      const call = resend.emails.send(body, { headers: headers as never, idempotencyKey: 'order-48' });
      await expect(call).rejects.toBeInstanceOf(ResendConfigError);
      await expect(call).rejects.toMatchObject({
        code: 'invalid_option',
        message: expect.stringMatching(/^headers: not a Headers, .*\(got (Map|number)\)\.$/),
      });
    }
    expect(seen).toHaveLength(0);
  });

  it('a Map on a path-based call resolves invalid_header instead of being dropped', async () => {
    const { resend, seen } = recordingClient();
    const result = await resend.POST('/emails', { body, headers: new Map([['Idempotency-Key', 'k']]) as never });
    expect(result.error).toMatchObject({ name: 'invalid_header', statusCode: null });
    const viaParams = await resend.POST('/emails', { body, params: { header: new Map() as never } });
    expect(viaParams.error).toMatchObject({ name: 'invalid_header' });
    expect(seen).toHaveLength(0);
  });
});
