/**
 * The queue and the worker against a real redis-server and the fake's local server: one job per
 * idempotency key, 100 emails per batch request, faults and a SIGKILLed worker without a duplicate
 * or a missing email.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { type FakeResend, createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmailQueue, createEmailQueue, createEmailWorker, isEmailQueueError, jobIdOf } from '../src/index.js';
import { type TestRedis, testRedis } from '../../redis/test/support/redis-server.js';
import { type TestConnection, connectionTo } from './support/connection.js';
import { email } from './support/emails.js';
import { buildWorker, startWorker } from './support/spawn.js';

let redis: TestRedis;
let connection: TestConnection;
beforeAll(async () => {
  redis = await testRedis();
  connection = connectionTo(redis.url);
  await buildWorker();
});
afterAll(async () => {
  await redis?.stop();
});

/** Subjects stored more than once, and expected subjects never stored. */
function audit(fake: FakeResend, count: number) {
  const seen = new Map<string, number>();
  for (const e of fake.state.emails) seen.set(e.subject, (seen.get(e.subject) ?? 0) + 1);
  const duplicates = [...seen.values()].reduce((n, c) => n + c - 1, 0);
  const missing = Array.from({ length: count }, (_, i) => `#${i}`).filter((s) => !seen.has(s)).length;
  return { duplicates, missing };
}

/** Resolves once `count` jobs of the queue completed (BullMQ's own events). */
function completions(name: string, count: number) {
  const events = new QueueEvents(name, { connection });
  let done = 0;
  const all = new Promise<void>((resolve) => {
    events.on('completed', () => {
      if (++done === count) resolve();
    });
  });
  return { ready: events.waitUntilReady(), all, close: () => events.close() };
}

async function fill(queue: EmailQueue, count: number, extra: (i: number) => object = () => ({})) {
  await queue.addBulk(Array.from({ length: count }, (_, i) => ({ email: email(i, extra(i)) })));
}

describe('the queue', () => {
  it('stores one job for the same email or the same key, enqueued twice', async () => {
    const queue = createEmailQueue({ connection, name: `q-${randomUUID()}` });
    try {
      const first = await queue.add(email(1));
      expect(
        await queue.add({
          text: 'Hi',
          subject: '#1',
          to: 'delivered+reader1@resend.dev',
          from: 'Acme <news@acme.dev>',
        }),
      ).toBe(first);
      const keyed = await queue.add(email(2), { key: 'order-7/receipt' });
      expect(await queue.add(email(2), { key: 'order-7/receipt' })).toBe(keyed);
      // Another email under a key that holds a job is refused, not dropped in favour of the first.
      await expect(queue.add(email(3), { key: 'order-7/receipt' })).rejects.toMatchObject({
        code: 'invalid_idempotent_request',
        message: expect.stringContaining(`job ${keyed} with another email: this email was not enqueued`),
      });
      await expect(
        queue.addBulk([{ email: email(6) }, { email: email(7), options: { key: 'order-7/receipt' } }]),
      ).rejects.toMatchObject({
        code: 'invalid_idempotent_request',
        message: expect.stringMatching(/^items\[1\]\.options\.key .*\(the other items were\)/),
      });
      expect((await queue.queue.getJob(keyed))?.data.email.subject).toBe('#2');
      await queue.addBulk([{ email: email(4) }, { email: email(4) }]);
      expect(await queue.queue.getJobCountByTypes('waiting', 'prioritized', 'delayed')).toBe(4);
      expect(jobIdOf(email(1), undefined)).toBe(first);
      await expect(queue.add(null as never)).rejects.toSatisfy(isEmailQueueError);
      await expect(queue.add(email(5), { key: '' })).rejects.toSatisfy(isEmailQueueError);
    } finally {
      await queue.close();
    }
  });
});

describe('the worker', () => {
  it('sends 100 emails per batch request, attachments and scheduled emails alone, each job completed with its id', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 20, windowMs: 100 });
    const http = await listen(fake);
    const name = `q-${randomUUID()}`;
    const queue = createEmailQueue({ connection, name });
    const done = completions(name, 252);
    await done.ready;
    const client = createResendClient({
      apiKey: 're_test_0123456789abcdef',
      baseUrl: http.url,
      rateLimit: { team: name, limit: 20, windowMs: 100 },
    });
    const worker = createEmailWorker({ connection, client, name });
    try {
      await fill(queue, 250);
      await queue.add(email(250, { attachments: [{ filename: 'a.txt', content: 'aGk=' }] }));
      await queue.add(email(251, { scheduled_at: new Date(Date.now() + 86_400_000).toISOString() }));
      await done.all;
      expect(audit(fake, 252)).toEqual({ duplicates: 0, missing: 0 });
      // 3 batches (100 + 100 + 50, or fewer when jobs arrive as they are taken) and 2 single sends.
      expect(fake.state.counters.requests).toBeLessThanOrEqual(10);
      const job = await queue.queue.getJob(jobIdOf(email(0), undefined));
      expect(job?.returnvalue).toMatchObject({ id: expect.any(String) });
      expect(fake.state.counters.rateLimited).toBe(0);
    } finally {
      await worker.close();
      await done.close();
      await queue.close();
      await http.close();
    }
  });

  it('fails an email the batch refuses alone, with its error name, and sends the rest', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 20, windowMs: 100 });
    const http = await listen(fake);
    const name = `q-${randomUUID()}`;
    const queue = createEmailQueue({ connection, name });
    const client = createResendClient({
      apiKey: 're_test_0123456789abcdef',
      baseUrl: http.url,
      rateLimit: { team: name, limit: 20, windowMs: 100 },
    });
    const events = new QueueEvents(name, { connection });
    await events.waitUntilReady();
    const failed = new Promise<string>((resolve) => events.on('failed', ({ failedReason }) => resolve(failedReason)));
    const worker = createEmailWorker({ connection, client, name });
    try {
      await queue.addBulk([{ email: email(0) }, { email: { ...email(1), to: 'not an address' } }, { email: email(2) }]);
      expect(await failed).toMatch(/^validation_error/);
      expect(
        fake.state.emails
          .all()
          .map((e) => e.subject)
          .sort(),
      ).toEqual(['#0', '#2']);
    } finally {
      await worker.close();
      await events.close();
      await queue.close();
      await http.close();
    }
  });

  it('5xx, cut connections and lost responses: every email once, none missing', async () => {
    const fake = createFakeResend({
      domains: ['acme.dev'],
      requestsPerWindow: 50,
      windowMs: 100,
      seed: 7,
      faults: { errorRate: 0.15, cutRate: 0.1, lostResponseRate: 0.15 },
    });
    const http = await listen(fake);
    const name = `q-${randomUUID()}`;
    const queue = createEmailQueue({ connection, name, backoffMs: 50, attempts: 20 });
    const done = completions(name, 400);
    await done.ready;
    const client = createResendClient({
      apiKey: 're_test_0123456789abcdef',
      baseUrl: http.url,
      rateLimit: { team: name, limit: 50, windowMs: 100 },
      retry: { retries: 1, baseDelayMs: 5, maxDelayMs: 20 },
    });
    const worker = createEmailWorker({ connection, client, name });
    try {
      // Many small batches: the jobs trickle in, so faults hit several batch requests.
      for (let i = 0; i < 400; i += 40)
        await queue.addBulk(Array.from({ length: 40 }, (_, j) => ({ email: email(i + j) })));
      await done.all;
      expect(audit(fake, 400)).toEqual({ duplicates: 0, missing: 0 });
    } finally {
      await worker.close();
      await done.close();
      await queue.close();
      await http.close();
    }
  });
});

describe('worker processes', () => {
  /**
   * 100 emails in one batch whose first two workers die after it went out (the answer held, so lost):
   * each job stalls twice. Resolves once every job completed or failed, with the failures' reasons.
   */
  async function workersDieTwice(maxStalledCount: number | undefined) {
    const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 20, windowMs: 100 });
    const http = await listen(fake);
    const name = `q-${randomUUID()}`;
    const queue = createEmailQueue({ connection, name });
    const events = new QueueEvents(name, { connection });
    const failed: string[] = [];
    let completed = 0;
    const settled = new Promise<void>((resolve) => {
      const count = () => completed + failed.length === 100 && resolve();
      events.on('completed', () => void (completed++, count()));
      events.on('failed', ({ failedReason }) => void (failed.push(failedReason), count()));
    });
    await events.waitUntilReady();
    const worker = (holdMs?: number) =>
      startWorker({
        ...{ redisUrl: redis.url, baseUrl: http.url, queue: name, limit: 20, windowMs: 100 },
        ...{ lockDuration: 1000, stalledInterval: 500, maxStalledCount, holdMs },
      });
    try {
      await fill(queue, 100);
      const first = worker(60_000);
      await first.ready;
      while (fake.state.emails.all().length < 100) await new Promise((r) => setTimeout(r, 20));
      first.child.kill('SIGKILL');
      await first.exited;
      // The second takes the batch back after the stalled check; its replay is answered from the stored response.
      const second = worker(60_000);
      await second.ready;
      while (fake.state.counters.idempotentReplays === 0) await new Promise((r) => setTimeout(r, 20));
      second.child.kill('SIGKILL');
      await second.exited;
      const healthy = worker();
      await healthy.ready;
      await settled;
      healthy.child.kill('SIGTERM');
      await healthy.exited;
      return { failed, audit: audit(fake, 100) };
    } finally {
      await events.close();
      await queue.close();
      await http.close();
    }
  }

  it('jobs whose workers die twice mid-batch come back a second time and are sent once, not failed', async () => {
    // The email worker's own maxStalledCount (none given): BullMQ's default of 1 fails a job on its second stall.
    expect(await workersDieTwice(undefined)).toEqual({ failed: [], audit: { duplicates: 0, missing: 0 } });
  });

  it("honours a maxStalledCount of the user's: jobs past it fail, without a request", async () => {
    const { failed, audit: counts } = await workersDieTwice(1);
    // The jobs the second worker had taken stalled twice (those it had not yet taken, once: they are sent).
    expect(failed.length).toBeGreaterThan(0);
    expect(new Set(failed)).toEqual(new Set(['job stalled more than allowable limit']));
    // They had gone out with the first worker; failing them sent nothing more.
    expect(counts).toEqual({ duplicates: 0, missing: 0 });
  });

  it('a worker SIGKILLed after its batch went out: the jobs come back after the stalled check and are replayed, not resent', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 20, windowMs: 100 });
    const http = await listen(fake);
    const name = `q-${randomUUID()}`;
    const queue = createEmailQueue({ connection, name });
    const done = completions(name, 300);
    await done.ready;
    const base = {
      redisUrl: redis.url,
      baseUrl: http.url,
      queue: name,
      limit: 20,
      windowMs: 100,
      lockDuration: 1000,
      stalledInterval: 500,
    };
    try {
      await fill(queue, 300);
      // The doomed worker holds every answer 60 s: its first batch is stored by the fake, its jobs stay active.
      const doomed = startWorker({ ...base, holdMs: 60_000 });
      await doomed.ready;
      while (fake.state.emails.all().length === 0) await new Promise((r) => setTimeout(r, 20));
      doomed.child.kill('SIGKILL');
      await doomed.exited;
      const healthy = [startWorker(base), startWorker(base)];
      await Promise.all(healthy.map((w) => w.ready));
      await done.all;
      expect(audit(fake, 300)).toEqual({ duplicates: 0, missing: 0 });
      expect(fake.state.counters.rateLimited).toBe(0);
      for (const w of healthy) w.child.kill('SIGTERM');
      await Promise.all(healthy.map((w) => w.exited));
    } finally {
      await done.close();
      await queue.close();
      await http.close();
    }
  });
});
