import { describe, expect, it } from 'vitest';
import { createResendClient } from '../src/client.js';
import { unwrap } from '../src/failure.js';

/** A client whose every request is answered by `answer` (status 200 and the given body and headers unless told). */
function answeredWith(body: BodyInit | null, init: ResponseInit = {}) {
  const seen: string[] = [];
  const fetch = async (request: Request) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
    return new Response(body, { status: 200, ...init });
  };
  const resend = createResendClient({
    apiKey: 're_test_123456',
    baseUrl: 'https://api.test',
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    timeoutMs: 200,
    fetch,
  });
  return { resend, seen };
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const thread = { inbox_id: 'i1', thread_id: 't1', email_id: 'e1' };

describe('a 2xx without the JSON body the spec declares', () => {
  it('is invalid_response for a get answered 200 with an empty body', async () => {
    const { resend } = answeredWith('');
    const result = await resend.emails.get('e1');
    expect(result.data).toBeUndefined();
    expect(result.error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
    expect(result.error?.message).toMatch(/expected JSON, got an empty body/);
    expect(result.response.status).toBe(502);
    // A read was not carried out twice by asking again: nothing says it may have been sent.
    expect(await unwrap(resend.emails.get('e1')).catch((e: unknown) => e)).toMatchObject({
      name: 'invalid_response',
      maybeSent: false,
    });
  });

  it('is invalid_response for a get answered 200 with content-length: 0', async () => {
    const { resend } = answeredWith(null, { headers: { ...JSON_HEADERS, 'content-length': '0' } });
    const result = await resend.emails.get('e1');
    expect(result.error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
  });

  it('is invalid_response for a JSON null', async () => {
    const { resend } = answeredWith('null', { headers: JSON_HEADERS });
    const result = await resend.emails.get('e1');
    expect(result.error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
    expect(result.error?.message).toMatch(/null/);
  });

  it('is invalid_response, maybe sent, for an idempotent reply answered 200 with an empty body', async () => {
    const { resend, seen } = answeredWith('');
    const result = resend.inboxes.threads.emails.reply(thread, { text: 'On it.' } as never);
    const thrown = await unwrap(result).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ name: 'invalid_response', statusCode: 200, maybeSent: true });
    expect((thrown as Error).message).toMatch(/may have been carried out/);
    // Answered, so not retried.
    expect(seen).toEqual(['POST /inboxes/i1/threads/t1/emails/e1/reply']);
  });

  it('is invalid_response, maybe sent, for a remove answered 200 with content-length: 0', async () => {
    const { resend } = answeredWith(null, { headers: { 'content-length': '0' } });
    expect(await unwrap(resend.domains.remove('d1')).catch((e: unknown) => e)).toMatchObject({
      name: 'invalid_response',
      maybeSent: true,
    });
  });

  it('is invalid_response on the path-based calls, through openapi-fetch too', async () => {
    const { resend } = answeredWith('');
    const direct = await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'e1' } } });
    expect(direct.error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
    // A user middleware sends every call through openapi-fetch's own request building.
    resend.use({ onRequest: () => undefined });
    const viaOpenapiFetch = await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'e1' } } });
    expect(viaOpenapiFetch.error).toMatchObject({ name: 'invalid_response', statusCode: 200 });
  });

  it('keeps data undefined for a route whose spec declares no body (POST /oauth/revoke)', async () => {
    const { resend } = answeredWith('');
    const result = await resend.oauth.revoke({ token: 'tok', client_id: 'c1' } as never);
    expect(result.error).toBeUndefined();
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(200);
  });

  it('keeps a 204 as data undefined', async () => {
    const { resend } = answeredWith(null, { status: 204 });
    const result = await resend.domains.remove('d1');
    expect(result.error).toBeUndefined();
    expect(result.data).toBeUndefined();
  });
});
