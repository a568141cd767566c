/**
 * A batch record in Redis that this package did not write as it is (not JSON, or JSON of another
 * shape: changed by hand, by another program, or cut short) must not throw out of `sendJobs`, which
 * stalled every job collected with it, again on each return, until BullMQ failed them all as stalled.
 * A corrupt batch record fails its jobs alone, for good, naming the record's key: without the
 * recorded body a replay cannot be the same request, so sending again could send twice. A corrupt
 * answer is only a lost answer: the batch is replayed under its key, and Resend answers it again.
 */
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import type { Job } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { batchKeyOf, recordKeys } from '../src/keys.js';
import type { Outcome } from '../src/outcome.js';
import { type RecordStore, type SendContext, sendJobs } from '../src/send.js';
import { useTestRedisClient } from './support/connection.js';

const db = useTestRedisClient();

const apiKey = 're_test_0123456789abcdef';
let queues = 0;

const jobs = (prefix: string, count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `${prefix}-${i}`,
        data: {
          email: {
            from: 'Acme <news@acme.dev>',
            to: `delivered+${i}@resend.dev`,
            subject: `${prefix}${i}`,
            text: 'Hi',
          },
        },
      }) as unknown as Job,
  );

/** A context sending to `fake`, or (no fake) one whose requests never reach Resend. */
function context(fake: ReturnType<typeof createFakeResend> | undefined, keys: SendContext['keys']): SendContext {
  const fetch = fake ? (request: Request) => fake.fetch(request) : () => Promise.reject(new TypeError('refused'));
  const client = createResendClient({ apiKey, rateLimit: false, retry: false, fetch });
  return { client, redis: db.client as unknown as RecordStore, keys };
}

/** Records a batch of five jobs (sent through `fake`, else lost on its way) and returns them with its keys. */
async function recordedBatch(fake?: ReturnType<typeof createFakeResend>) {
  const keys = recordKeys('bull', `corrupt-${Date.now()}-${++queues}`);
  const held = jobs(`r${queues}`, 5);
  await sendJobs(held, context(fake, keys));
  return { keys, held, batchKey: batchKeyOf(held.map((job) => job.id as string)) };
}

describe('a corrupt batch record', () => {
  it.each([
    ['not JSON', '{"ids": ["cut short'],
    ['null', 'null'],
    ['a list', '[]'],
    ['ids that are no list', '{"ids":"r-0","emails":[]}'],
    ['emails that are no objects', 'EMAILS_AS_TEXT'],
    ['a record without these jobs', 'OTHER_IDS'],
  ])('(%s) fails its jobs for good, naming the record, and sends the jobs collected with them', async (_case, text) => {
    const { keys, held, batchKey } = await recordedBatch();
    const ids = held.map((job) => job.id as string);
    const emails = held.map((job) => job.data.email);
    const record =
      text === 'EMAILS_AS_TEXT'
        ? JSON.stringify({ ids, emails: emails.map(String) })
        : text === 'OTHER_IDS'
          ? JSON.stringify({ ids: ids.map((id) => `other-${id}`), emails })
          : text;
    await db.client.set(keys.batch(batchKey), record, 'EX', 60);
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const others = jobs(`o${queues}`, 3);
    const outcomes = await sendJobs([...held, ...others], context(fake, keys));
    for (const job of held)
      expect(outcomes.get(job.id as string)).toEqual({
        kind: 'failed',
        name: 'unreadable_record',
        message: expect.stringContaining(keys.batch(batchKey)),
        final: true,
      } satisfies Outcome);
    // Nothing of the corrupt batch was sent again, and the jobs taken with it were sent.
    expect(fake.state.emails.all().map((e) => e.subject)).toEqual(others.map((job) => job.data.email.subject));
    for (const job of others) expect(outcomes.get(job.id as string)?.kind).toBe('sent');
  });
});

describe('a corrupt batch answer', () => {
  it.each([
    ['not JSON', 'not json'],
    ['outcomes that are no list', '{"outcomes":"sent"}'],
    ['too few outcomes', '{"outcomes":[{"kind":"sent","id":"x"}]}'],
    ['outcomes of no known kind', JSON.stringify({ outcomes: Array.from({ length: 5 }, () => ({ kind: 'lost' })) })],
  ])('(%s) is replayed under its key: each email settled once, none sent twice', async (_case, text) => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const { keys, held, batchKey } = await recordedBatch(fake);
    const first = await sendJobs(held, context(fake, keys));
    await db.client.set(keys.answer(batchKey), text, 'EX', 60);
    const again = await sendJobs(held, context(fake, keys));
    expect([...again.values()].every((o) => o.kind === 'sent')).toBe(true);
    expect(again).toEqual(first);
    expect(fake.state.emails.all()).toHaveLength(5);
  });
});
