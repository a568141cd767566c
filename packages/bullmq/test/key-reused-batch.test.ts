/**
 * A key enqueued again with another email while its first job's batch record lives (24 hours): the
 * job was completed and removed (or failed and removed), then `add` with the same key and a new
 * email stored a new job under the same id. It must not be settled from the first email's answer
 * (reported completed, its email never sent) nor replay the first email's recorded body (an email
 * its caller had replaced goes out in its stead): as Resend answers a key reused with another body,
 * it fails for good with `invalid_idempotent_request`, and nothing is sent.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import type { Job } from 'bullmq';
import { expect, it } from 'vitest';
import { createEmailWorker } from '../src/index.js';
import { recordKeys } from '../src/keys.js';
import { type RecordStore, sendJobs } from '../src/send.js';
import { useTestConnection, useTestRedisClient } from './support/connection.js';
import { queueOnFake } from './support/fake-queue.js';
import { email } from './support/emails.js';

const connection = useTestConnection();
const db = useTestRedisClient();
const apiKey = 're_test_0123456789abcdef';

it('a key enqueued again with another email after its job completed and was removed fails, not completed from the first answer', async () => {
  const { fake, http, name, queue, events, close } = await queueOnFake(connection);
  const settled: string[] = [];
  let next: () => void = () => undefined;
  events.on('completed', () => void (settled.push('completed'), next()));
  events.on('failed', ({ failedReason }) => void (settled.push(failedReason), next()));
  const once = () => new Promise<void>((resolve) => (next = resolve));
  const client = createResendClient({ apiKey, baseUrl: http.url, rateLimit: false });
  const worker = createEmailWorker({ connection, client, name });
  try {
    let done = once();
    const id = await queue.add(email(1), { key: 'welcome/42' });
    await done;
    await queue.queue.remove(id);
    done = once();
    expect(await queue.add(email(2), { key: 'welcome/42' })).toBe(id);
    await done;
    expect(settled[0]).toBe('completed');
    expect(settled[1]).toMatch(/^invalid_idempotent_request: /);
    expect(fake.state.emails.all().map((e) => e.subject)).toEqual(['#1']);
  } finally {
    await close(worker);
  }
});

it('a job enqueued again with another email after its batch failed does not send the first email in its stead', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const keys = recordKeys('bull', `reused-${randomUUID()}`);
  const redis = db.client as unknown as RecordStore;
  const job = (i: number) => ({ id: 'key-1', data: { email: email(i), key: 'order/7' } }) as unknown as Job;
  // The first email's batch was recorded, then its request never reached Resend: the job failed.
  const refused = () => Promise.reject(new TypeError('connection refused'));
  const lost = createResendClient({ apiKey, rateLimit: false, retry: false, fetch: refused });
  expect((await sendJobs([job(1)], { client: lost, redis, keys })).get('key-1')?.kind).toBe('failed');
  // Removed and enqueued again, with the same key and a corrected email.
  const client = createResendClient({ apiKey, rateLimit: false, fetch: (r) => fake.fetch(r) });
  const outcome = (await sendJobs([job(2)], { client, redis, keys })).get('key-1');
  expect(outcome).toMatchObject({ kind: 'failed', name: 'invalid_idempotent_request', final: true });
  expect(fake.state.emails.all()).toEqual([]);
});

it('a key whose first email went out alone, enqueued again with another email, fails as a batched first one does', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const keys = recordKeys('bull', `reused-${randomUUID()}`);
  const redis = db.client as unknown as RecordStore;
  const client = createResendClient({ apiKey, rateLimit: false, fetch: (r) => fake.fetch(r) });
  const job = (e: object) => ({ id: 'key-2', data: { email: e, key: 'invoice/8' } }) as unknown as Job;
  // With an attachment, the first email goes alone through POST /emails.
  const invoice = email(1, { attachments: [{ filename: 'invoice.txt', content: 'aGk=' }] });
  expect((await sendJobs([job(invoice)], { client, redis, keys })).get('key-2')?.kind).toBe('sent');
  // Removed, then enqueued again under the key with an email that would go in a batch.
  const outcome = (await sendJobs([job(email(2))], { client, redis, keys })).get('key-2');
  expect(outcome).toMatchObject({ kind: 'failed', name: 'invalid_idempotent_request', final: true });
  expect(fake.state.emails.all().map((e) => e.subject)).toEqual(['#1']);
});

it('a job whose email went out alone comes back and is sent again under its key: Resend replays it, once sent', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const keys = recordKeys('bull', `again-${randomUUID()}`);
  const redis = db.client as unknown as RecordStore;
  const client = createResendClient({ apiKey, rateLimit: false, fetch: (r) => fake.fetch(r) });
  const job = {
    id: 'key-3',
    data: { email: email(3, { attachments: [{ filename: 'a.txt', content: 'aGk=' }] }), key: 'k/3' },
  };
  const first = (await sendJobs([job as unknown as Job], { client, redis, keys })).get('key-3');
  const again = (await sendJobs([job as unknown as Job], { client, redis, keys })).get('key-3');
  expect(first).toMatchObject({ kind: 'sent' });
  expect(again).toEqual(first);
  expect(fake.state.emails.all()).toHaveLength(1);
});
