import createClient from 'openapi-fetch';
import type { paths } from '@resendkit/types';
import { describe, expect, it } from 'vitest';
import { createResendClient } from '../src/client.js';
import type { RequestInfo } from '../src/errors.js';
import { toResendError } from '../src/failure.js';
import { errorMiddleware } from '../src/error-middleware.js';

/** JSON bodies of error answers that are no `{ name, message }` error body. */
const ODD_BODIES = ['null', 'false', '0', '""', '{}', '{"error":"Too Many Requests"}', '"Forbidden"'];

function answering(body: string, status: number, withMiddleware: boolean, headers: Record<string, string> = {}) {
  const resend = createResendClient({
    apiKey: 're_test_123456',
    baseUrl: 'https://api.test',
    rateLimit: false,
    retry: false,
    fetch: async () => new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } }),
  });
  // A user's middleware sends every call through openapi-fetch instead of the direct call.
  if (withMiddleware) resend.use({ onRequest() {} });
  return resend;
}

describe('an error answer whose JSON body is no error body', () => {
  for (const withMiddleware of [false, true]) {
    for (const body of ODD_BODIES) {
      it(`is a typed invalid_response for ${body}${withMiddleware ? ' (through openapi-fetch)' : ''}`, async () => {
        const result = await answering(body, 429, withMiddleware).emails.get('e1');
        expect(result.data).toBeUndefined();
        expect(result.error).toMatchObject({ name: 'invalid_response', statusCode: 429 });
        expect(typeof result.error?.message).toBe('string');
        expect(result.response.status).toBe(429);
      });
    }
  }

  it('keeps a well-formed error body as it is', async () => {
    const body = '{"statusCode":422,"name":"validation_error","message":"Bad from."}';
    const result = await answering(body, 422, false).emails.get('e1');
    expect(result.error).toEqual({ statusCode: 422, name: 'validation_error', message: 'Bad from.' });
  });

  it('keeps what the answer says besides: its retry-after, and a 500 to a send as maybe sent', async () => {
    const limited = await answering('{}', 429, false, { 'retry-after': '3' }).emails.get('e1');
    expect(
      toResendError(limited.error, limited.response, (limited as { request?: RequestInfo }).request),
    ).toMatchObject({
      name: 'invalid_response',
      retryAfter: 3,
    });
    const failed = await answering('null', 500, false).emails.send({
      from: 'a@acme.dev',
      to: 'b@acme.dev',
      subject: 'Hi',
      text: 'x',
    });
    expect(toResendError(failed.error, failed.response, (failed as { request?: RequestInfo }).request)).toMatchObject({
      name: 'invalid_response',
      statusCode: 500,
      maybeSent: true,
    });
  });

  it('is typed by the composable error middleware too', async () => {
    const client = createClient<paths>({
      baseUrl: 'https://api.test',
      fetch: async () => new Response('null', { status: 500, headers: { 'content-type': 'application/json' } }),
    });
    client.use(errorMiddleware());
    const { error } = await client.GET('/emails/{email_id}', { params: { path: { email_id: 'e1' } } });
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 500 });
  });
});
