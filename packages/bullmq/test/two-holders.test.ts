/**
 * One job held by two workers at once, before either recorded a batch for it: BullMQ hands a job id
 * out again when its wait list holds it twice (after a Redis restart with an append-only file, as
 * the README says) or when its lock lapsed (a worker frozen for longer than `lockDuration`), its
 * `moveToActive` overwriting the lock. Both workers found no batch for it and sent it in batches of
 * their own, under two keys: delivered twice. Each job is assigned to one batch only (a claim), so
 * the second worker replays the first one's batch instead.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { type Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { expect, it } from 'vitest';
import { createEmailQueue } from '../src/index.js';
import { recordKeys } from '../src/keys.js';
import { type RecordStore, sendJobs } from '../src/send.js';
import { useTestConnection } from './support/connection.js';
import { email } from './support/emails.js';

const connection = useTestConnection();

it('a job BullMQ hands to two workers at once, each with other jobs, is sent once', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const client = createResendClient({ apiKey: 're_test_0123456789abcdef', rateLimit: false, fetch: fake.fetch });
  const name = `q-${randomUUID()}`;
  const queue = createEmailQueue({ connection, name });
  const redis = new Redis(connection);
  const workers = [0, 1].map(() => new Worker(name, null, { connection, autorun: false }));
  try {
    const [first, shared, last] = await queue.addBulk([0, 1, 2].map((i) => ({ email: email(i) })));
    // The wait list as a Redis restart can leave it: the middle job's id twice.
    await redis.rpush(`bull:${name}:wait`, shared as string);
    const take = async (worker: Worker, token: string) => [
      await worker.getNextJob(token, { block: false }),
      await worker.getNextJob(token, { block: false }),
    ];
    const left = (await take(workers[0] as Worker, 'a')) as Job[];
    const right = (await take(workers[1] as Worker, 'b')) as Job[];
    expect([left.map((j) => j.id), right.map((j) => j.id)]).toEqual([
      [shared, first],
      [shared, last],
    ]);
    const ctx = { client, redis: redis as unknown as RecordStore, keys: recordKeys('bull', name) };
    const outcomes = await Promise.all([sendJobs(left, ctx), sendJobs(right, ctx)]);
    expect(
      fake.state.emails
        .all()
        .map((e) => e.subject)
        .sort(),
    ).toEqual(['#0', '#1', '#2']);
    const all = outcomes.flatMap((o) => [...o.values()]);
    expect(all.map((o) => o.kind)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(outcomes[0]?.get(shared as string)).toEqual(outcomes[1]?.get(shared as string));
  } finally {
    await Promise.all(workers.map((w) => w.close()));
    redis.disconnect();
    await queue.close();
  }
});
