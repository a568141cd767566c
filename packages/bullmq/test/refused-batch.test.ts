/**
 * A batch refused as a whole for what one of its emails holds (the API's 422 on a field even in
 * permissive mode, or the client's own refusal before sending): the email at fault fails alone, with
 * its error, and the others of its batch are still sent, once each.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { QueueEvents } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { createEmailQueue, createEmailWorker } from '../src/index.js';
import { useTestConnection } from './support/connection.js';
import { email } from './support/emails.js';

const connection = useTestConnection();

/**
 * Enqueues `emails` as one batch and drains them: the subjects delivered and each failed reason.
 * `raw` puts them on the BullMQ queue as they are, as a job stored by an older version or by hand
 * would be, past the checks of `addBulk`.
 */
async function drain(emails: object[], raw = false) {
  const fake = createFakeResend({ domains: ['acme.dev'] });
  const http = await listen(fake);
  const name = `q-${randomUUID()}`;
  // Retries would only repeat the refusal: three tries, quickly, keep the test short either way.
  const queue = createEmailQueue({ connection, name, attempts: 3, backoffMs: 10 });
  const events = new QueueEvents(name, { connection });
  await events.waitUntilReady();
  const failed: string[] = [];
  let settled = 0;
  const all = new Promise<void>((resolve) => {
    const count = () => void (++settled === emails.length && resolve());
    events.on('completed', count);
    events.on('failed', ({ failedReason }) => {
      failed.push(failedReason);
      count();
    });
  });
  const client = createResendClient({ apiKey: 're_test_0123456789abcdef', baseUrl: http.url, rateLimit: false });
  if (raw) {
    const opts = { attempts: 3, backoff: { type: 'fixed', delay: 10 } };
    await queue.queue.addBulk(
      emails.map((e, i) => ({ name: 'email', data: { email: e as never }, opts: { ...opts, jobId: `raw-${i}` } })),
    );
  } else await queue.addBulk(emails.map((e) => ({ email: e as never })));
  const worker = createEmailWorker({ connection, client, name });
  try {
    await Promise.race([all, new Promise((r) => setTimeout(r, 8000))]);
    const sent = fake.state.emails
      .all()
      .map((e) => e.subject)
      .sort();
    return { sent, failed, attemptsMade: await attemptsOf(queue.queue) };
  } finally {
    await worker.close();
    await events.close();
    await queue.close();
    await http.close();
  }
}

async function attemptsOf(queue: ReturnType<typeof createEmailQueue>['queue']) {
  return (await queue.getFailed()).map((job) => job.attemptsMade);
}

describe('a batch refused as a whole', () => {
  it('a 422 for one email’s field: that email fails alone, the rest of its batch is sent', async () => {
    const { sent, failed, attemptsMade } = await drain([
      email(0),
      email(1, { tags: [{ name: 'not a tag name', value: 'x' }] }),
      email(2),
    ]);
    expect(sent).toEqual(['#0', '#2']);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^validation_error: .*tags/);
    expect(attemptsMade).toEqual([1]);
  });

  it('an email the client refuses before sending: it fails alone, without retries, and the rest is sent', async () => {
    const refused = email(2, { replyTo: 'a@acme.dev', reply_to: 'b@acme.dev' });
    // addBulk refuses it at once; a job stored past it (an older version, by hand) meets the worker.
    const queue = createEmailQueue({ connection, name: `q-${randomUUID()}` });
    await expect(queue.addBulk([{ email: refused as never }])).rejects.toMatchObject({ code: 'invalid_email' });
    await queue.close();
    const { sent, failed, attemptsMade } = await drain([email(0), email(1), refused], true);
    expect(sent).toEqual(['#0', '#1']);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^invalid_option: /);
    expect(attemptsMade).toEqual([1]);
  });
});
