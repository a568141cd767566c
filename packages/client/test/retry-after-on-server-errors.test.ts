/**
 * `ResendError.retryAfter` is set for every answer whose `retry-after` the retry layer waits on: a
 * 503 (like 500, 502 and 504) as well as a 429. The retries waited for a 503's `retry-after`, yet the
 * error the caller finally got said `retryAfter: null`.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { toResendError } from '../src/index.js';
import { BASE_URL, email, testClient, thrownBy, useServer } from './helpers.js';

const server = useServer();

function answering(status: number, name: string, headers: Record<string, string>) {
  server.use(
    http.post(`${BASE_URL}/emails`, () =>
      HttpResponse.json({ statusCode: status, name, message: 'Try again later.' }, { status, headers }),
    ),
  );
}

describe('retryAfter of the error a caller gets', () => {
  it.each([
    [503, 'service_unavailable'],
    [429, 'rate_limit_exceeded'],
  ])('is the retry-after of a %i answer', async (status, name) => {
    answering(status, name, { 'retry-after': '3' });
    const error = await thrownBy(testClient({ retry: false }).emails.send(email));
    expect(error).toMatchObject({ name, statusCode: status, retryAfter: 3 });
  });

  it('is the retry-after of the last 503 after the retries waited for it', async () => {
    answering(503, 'service_unavailable', { 'retry-after': '0' });
    const waits: number[] = [];
    const resend = testClient({ retry: { retries: 1, onRetry: ({ delayMs }) => void waits.push(delayMs) } });
    const error = await thrownBy(resend.emails.send(email));
    expect(waits).toHaveLength(1);
    expect(error).toMatchObject({ statusCode: 503, retryAfter: 0 });
  });

  it('is the retry-after of a 503 whose body is no JSON (a proxy page)', async () => {
    server.use(
      http.post(`${BASE_URL}/emails`, () =>
        HttpResponse.text('<h1>Down</h1>', { status: 503, headers: { 'retry-after': '4' } }),
      ),
    );
    const error = await thrownBy(testClient({ retry: false }).emails.send(email));
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 503, retryAfter: 4 });
  });

  it('is null for a 2xx the client could not use, though its made-up 502 keeps the rate-limit headers', async () => {
    server.use(http.post(`${BASE_URL}/emails`, () => HttpResponse.json({}, { headers: { 'ratelimit-reset': '1' } })));
    const error = await thrownBy(testClient({ retry: false }).emails.send(email));
    expect(error).toMatchObject({ name: 'invalid_response', statusCode: 200, maybeSent: true, retryAfter: null });
  });

  it.each([
    [503, { 'retry-after': 'soon' }],
    [503, {}],
    [422, { 'retry-after': '3' }],
  ])('is null for a %i answer whose retry-after the client does not wait on', (status, headers) => {
    const response = new Response(null, { status, headers });
    expect(toResendError({ statusCode: status, name: 'x', message: 'No.' }, response).retryAfter).toBeNull();
  });
});
