/**
 * What a job stores: the email as the API takes it, so the official SDK's names and attachment bytes
 * (which JSON would turn into an object of indexes) reach the worker as they were meant. `react`
 * goes through the same `toApiEmail`, tested with the client.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailQueue, isEmailQueueError } from '../src/index.js';
import { type TestRedis, testRedis } from '../../redis/test/support/redis-server.js';
import { type TestConnection, connectionTo } from './support/connection.js';

let redis: TestRedis;
let connection: TestConnection;
beforeAll(async () => {
  redis = await testRedis();
  connection = connectionTo(redis.url);
});
afterAll(async () => {
  await redis?.stop();
});

const base = { from: 'Acme <hi@acme.dev>', to: 'delivered@resend.dev', subject: 'Welcome' };

describe('an email enqueued as emails.send takes it', () => {
  it('is stored as the API takes it: API names, Base64 attachments', async () => {
    const queue = createEmailQueue({ connection, name: `q-${randomUUID()}` });
    try {
      const [id] = await queue.addBulk([
        {
          email: {
            ...base,
            html: '<p>Welcome, Ada!</p>',
            replyTo: 'support@acme.dev',
            attachments: [{ filename: 'a.txt', content: Buffer.from('hi'), contentType: 'text/plain' }],
          },
        },
      ]);
      const stored = (await queue.queue.getJob(id!))!.data.email;
      expect(stored).toEqual({
        ...base,
        html: '<p>Welcome, Ada!</p>',
        reply_to: 'support@acme.dev',
        attachments: [{ filename: 'a.txt', content: 'aGk=', content_type: 'text/plain' }],
      });
    } finally {
      await queue.close();
    }
  });

  it('gets one job id for the SDK and the API spelling of the same email', async () => {
    const queue = createEmailQueue({ connection, name: `q-${randomUUID()}` });
    try {
      const sdk = await queue.add({ ...base, text: 'x', replyTo: 'a@acme.dev' });
      const api = await queue.add({ ...base, text: 'x', reply_to: 'a@acme.dev' });
      expect(api).toBe(sdk);
      expect(await queue.queue.getJobCounts('waiting')).toEqual({ waiting: 1 });
    } finally {
      await queue.close();
    }
  });

  it('is refused as invalid_email, with the refusal of emails.send as its cause and nothing enqueued', async () => {
    const queue = createEmailQueue({ connection, name: `q-${randomUUID()}` });
    try {
      const refused = await queue
        .addBulk([{ email: { ...base, text: 'x' } }, { email: { ...base, text: 'x', replyTo: 'a', reply_to: 'b' } }])
        .catch((error: unknown) => error);
      expect(isEmailQueueError(refused)).toBe(true);
      expect(refused).toMatchObject({ code: 'invalid_email', cause: { name: 'invalid_option' } });
      expect((refused as Error).message).toMatch(/^items\[1\]\.email: replyTo and reply_to/);
      expect(await queue.queue.getJobCounts('waiting')).toEqual({ waiting: 0 });
    } finally {
      await queue.close();
    }
  });
});
