/**
 * A job in the queue whose data holds no email (added through the BullMQ queue beneath, by another
 * producer or an older release): it fails alone, for good, and the emails taken with it are still
 * sent, instead of the whole batch stalling until BullMQ gives up on every job of it.
 */
import { createResendClient } from '@resendkit/client';
import { expect, it } from 'vitest';
import { createEmailWorker } from '../src/index.js';
import { useTestConnection } from './support/connection.js';
import { queueOnFake } from './support/fake-queue.js';
import { email } from './support/emails.js';

const connection = useTestConnection();

it(
  'fails a job without an email alone, for good, and sends the emails taken with it',
  { timeout: 20_000 },
  async () => {
    const { fake, http, name, queue, events, close } = await queueOnFake(connection);
    const failed = new Map<string, string>();
    const settledAll = new Promise<void>((resolve) => {
      let settled = 0;
      const count = () => void (++settled === 5 && resolve());
      events.on('completed', count);
      events.on('failed', ({ jobId, failedReason }) => {
        failed.set(jobId, failedReason);
        count();
      });
    });
    const client = createResendClient({ apiKey: 're_test_0123456789abcdef', baseUrl: http.url, rateLimit: false });
    await queue.addBulk([{ email: email(0) }, { email: email(1) }]);
    for (const [jobId, data] of [
      ['no-email', {}],
      ['null-email', { email: null }],
      ['list-email', { email: [email(2)] }],
    ] as const)
      await queue.queue.add('email', data as never, { jobId });
    const errors: Error[] = [];
    const worker = createEmailWorker({ connection, client, name });
    worker.on('error', (error) => errors.push(error));
    try {
      await settledAll;
      expect(
        fake.state.emails
          .all()
          .map((e) => e.subject)
          .sort(),
      ).toEqual(['#0', '#1']);
      expect([...failed.keys()].sort()).toEqual(['list-email', 'no-email', 'null-email']);
      for (const reason of failed.values()) expect(reason).toMatch(/^invalid_email: /);
      // Failed for good: sending it again could not help.
      for (const job of await queue.queue.getFailed()) expect(job.attemptsMade).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close(worker);
    }
  },
);
