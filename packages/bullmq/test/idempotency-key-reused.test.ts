/**
 * A job whose key Resend already holds for another email (409 `invalid_idempotent_request`: the key
 * was used within 24 hours with a different body) fails at once, for good: Resend refuses that key
 * with that body for a day, so each retry only spends a request and an attempt to fail the same way.
 * A conflict with a request still running (`concurrent_idempotent_requests`) is still retried.
 */
import type { Job } from 'bullmq';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { describe, expect, it } from 'vitest';
import { recordKeys } from '../src/keys.js';
import { outcomeOfError } from '../src/outcome.js';
import type { EmailJobData } from '../src/queue.js';
import { type RecordStore, sendJobs } from '../src/send.js';

const attachment = { filename: 'a.txt', content: 'aGk=' };
const email = (subject: string) => ({
  from: 'a@acme.dev',
  to: 'delivered@resend.dev',
  subject,
  text: 'Hi',
  attachments: [attachment],
});

describe('a key Resend holds for another email', () => {
  it('fails the job for good, without retries', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const client = createResendClient({ apiKey: 're_test_123456', fetch: fake.fetch, retry: false });
    // The key went out with another email first (a job removed once completed, then enqueued again).
    expect((await client.emails.send(email('First'), { idempotencyKey: 'welcome/42' })).data?.id).toBeTypeOf('string');
    // An email with an attachment goes alone, under its job's key: no batch record is read or written,
    // only its assignment to going alone (with nothing assigned here, as with Redis emptied meanwhile).
    const redis = {
      mget: async (...keys: string[]) => keys.map(() => null),
      set: async () => 'OK',
    } as unknown as RecordStore;
    const job = { id: 'key-1', data: { email: email('Second'), key: 'welcome/42' } } as Job<EmailJobData>;
    const outcomes = await sendJobs([job as never], { client, redis, keys: recordKeys('bull', 'resend-emails') });
    expect(outcomes.get('key-1')).toMatchObject({ kind: 'failed', name: 'invalid_idempotent_request', final: true });
    expect(fake.state.emails.size).toBe(1);
  });

  it('still tries again after a conflict with a request that is still running (delayed, no attempt spent)', () => {
    const running = { name: 'concurrent_idempotent_requests', message: '', statusCode: 409 };
    expect(outcomeOfError(running, undefined)).toMatchObject({ kind: 'delayed' });
    const reused = { name: 'invalid_idempotent_request', message: '', statusCode: 409 };
    expect(outcomeOfError(reused, undefined)).toMatchObject({ kind: 'failed', final: true });
  });
});
