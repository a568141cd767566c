/**
 * The emails of a `sendAll` request aborted in flight keep the run signal's reason as their error's
 * `cause`, as an aborted `emails.send` rejects with it; it was lost. The reason stays out of the
 * message and `toJSON()`: it is the caller's value and could hold anything.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { sendAll } from '../src/index.js';
import { BASE_URL, testClient, useServer } from './helpers.js';

const server = useServer();

const emails: SendEmailRequest[] = [0, 1].map((i) => ({
  from: 'Acme <hi@acme.dev>',
  to: `user${i}@example.com`,
  subject: `#${i}`,
  text: 'Hello',
}));

describe('sendAll aborted in flight', () => {
  it("keeps the signal's reason as the cause of each aborted email's error, out of its message", async () => {
    const controller = new AbortController();
    const reason = new Error('shutting down re_SECRET_in_reason');
    // The abort comes once the request arrived: the answer never does.
    server.use(
      http.post(`${BASE_URL}/emails/batch`, () => {
        controller.abort(reason);
        return new Promise<Response>(() => {});
      }),
    );
    const report = await sendAll(testClient(), emails, { signal: controller.signal });
    expect(report.failed).toBe(2);
    for (const r of report.results) {
      expect(r.error).toMatchObject({ name: 'aborted', maybeSent: true });
      expect(r.error?.cause).toBe(reason);
      expect(r.error?.message).not.toContain('SECRET');
      expect(JSON.stringify(r.error)).not.toContain('SECRET');
    }
  });

  it('keeps a reason that is no Error as it is', async () => {
    const controller = new AbortController();
    server.use(
      http.post(`${BASE_URL}/emails/batch`, () => {
        controller.abort('deploy');
        return HttpResponse.json({ data: [] });
      }),
    );
    const report = await sendAll(testClient(), emails, { signal: controller.signal });
    for (const r of report.results) expect(r.error).toMatchObject({ name: 'aborted', cause: 'deploy' });
  });
});
