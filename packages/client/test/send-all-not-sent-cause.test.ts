/**
 * The emails an aborted `sendAll` never requested (`not_sent`) keep the signal's reason as their
 * error's `cause`, as the `aborted` ones in flight do; they carried none. The reason stays out of
 * the message and `toJSON()`: it is the caller's value and could hold anything.
 */
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { sendAll } from '../src/index.js';
import { testClient } from './helpers.js';

/** Emails with an attachment: each goes alone through `POST /emails`, so a run has one request per email. */
const emails: SendEmailRequest[] = [0, 1, 2].map((i) => ({
  from: 'Acme <hi@acme.dev>',
  to: `user${i}@example.com`,
  subject: `#${i}`,
  text: 'Hello',
  attachments: [{ filename: 'a.txt', content: 'aGk=' }],
}));

const expectCauseOutOfSight = (error: unknown, reason: unknown) => {
  expect(error).toMatchObject({ name: 'not_sent', maybeSent: false, cause: reason });
  expect((error as Error).message).not.toContain('SECRET');
  expect(JSON.stringify(error)).not.toContain('SECRET');
};

describe('sendAll aborted before some requests started', () => {
  it("keeps the signal's reason as the cause of every not_sent email, out of its message", async () => {
    const reason = new Error('shutting down re_SECRET_in_reason');
    let requests = 0;
    const fetch = async () => {
      requests++;
      return new Response('{}');
    };
    const report = await sendAll(testClient({ fetch }), emails, { signal: AbortSignal.abort(reason) });
    expect(requests).toBe(0);
    expect(report).toMatchObject({ notSent: 3, aborted: true });
    for (const r of report.results) expectCauseOutOfSight(r.error, reason);
  });

  it('gives the not_sent emails of a run aborted mid-way the same cause as its aborted ones', async () => {
    const controller = new AbortController();
    const reason = 'deploy re_SECRET';
    // The first request never gets its answer: the run is aborted while it is in flight.
    const fetch = (_input: unknown, init?: RequestInit) => {
      controller.abort(reason);
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(reason)));
    };
    const report = await sendAll(testClient({ fetch }), emails, { signal: controller.signal, concurrency: 1 });
    const [first, ...rest] = report.results;
    expect(first!.error).toMatchObject({ name: 'aborted', cause: reason });
    expect(rest).toHaveLength(2);
    for (const r of rest) expectCauseOutOfSight(r.error, reason);
  });
});
