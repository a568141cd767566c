/**
 * A 500, 502 or 504 may answer a call the API (or the service behind a gateway) carried out: the
 * error says `maybeSent`, so a caller resends only under the same idempotency key. A 503 (the API took
 * nothing in) and a read say it was not.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sendAll, toResendError } from '../src/index.js';
import { BASE_URL, email, testClient, thrownBy, useServer } from './helpers.js';

const server = useServer();

/** Answers each `POST /emails` with the next status of `statuses` (the last one repeats). */
function answering(...statuses: number[]) {
  let n = 0;
  server.use(
    http.post(`${BASE_URL}/emails`, () => {
      const status = statuses[Math.min(n++, statuses.length - 1)]!;
      const name = status === 422 ? 'validation_error' : status === 503 ? 'service_unavailable' : 'application_error';
      return HttpResponse.json({ statusCode: status, name, message: 'It went wrong.' }, { status });
    }),
    http.get(`${BASE_URL}/emails/:id`, () =>
      HttpResponse.json({ statusCode: 500, name: 'application_error', message: 'It went wrong.' }, { status: 500 }),
    ),
  );
}

const noWait = { baseDelayMs: 0, maxDelayMs: 0 };

describe('maybeSent of an answered server error', () => {
  it.each([500, 502, 504])('is true for a send answered %i', async (status) => {
    answering(status);
    const error = await thrownBy(testClient({ retry: false }).emails.send(email));
    expect(error).toMatchObject({ statusCode: status, maybeSent: true });
  });

  it('is false for a send answered 503, and for a read answered 500', async () => {
    answering(503);
    const resend = testClient({ retry: false });
    expect(await thrownBy(resend.emails.send(email))).toMatchObject({ statusCode: 503, maybeSent: false });
    expect(await thrownBy(resend.emails.get('4ef9a417-02e9-4d39-ad75-9611e0fcc33c'))).toMatchObject({
      statusCode: 500,
      maybeSent: false,
    });
  });

  it('is true for a send whose retried 500 ends in a 503 or a 422', async () => {
    answering(500, 503);
    const error = await thrownBy(testClient({ retry: { retries: 2, ...noWait } }).emails.send(email));
    expect(error).toMatchObject({ statusCode: 503, maybeSent: true });
    answering(500, 422);
    const refused = await thrownBy(testClient({ retry: { retries: 2, ...noWait } }).emails.send(email));
    expect(refused).toMatchObject({ name: 'validation_error', maybeSent: true });
  });

  it('holds for toResendError of a result, and for sendAll of a batch', async () => {
    answering(500);
    const resend = testClient({ retry: false });
    const result = await resend.emails.send(email);
    expect(result.error).toBeDefined();
    expect(toResendError(result.error, result.response, { method: 'POST', path: '/emails' }).maybeSent).toBe(true);
    server.use(
      http.post(`${BASE_URL}/emails/batch`, () =>
        HttpResponse.json({ statusCode: 502, name: 'bad_gateway', message: 'Upstream gave up.' }, { status: 502 }),
      ),
    );
    const report = await sendAll(resend, [email, { ...email, subject: 'Two' }]);
    expect(report.results.map((r) => r.error?.maybeSent)).toEqual([true, true]);
  });
});
