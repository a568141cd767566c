/**
 * A webhook receiver's answer is recorded, never used: the fake reads its start only, so a receiver
 * answering without end (or with megabytes) costs the fake a few kilobytes and the attempt still ends.
 */
import { expect, it } from 'vitest';
import type { StoredWebhookDelivery } from '../src/webhook-records.js';
import { sendAttempt } from '../src/webhook-send.js';

const delivery: StoredWebhookDelivery = {
  id: 'msg_answer_cap',
  webhook_id: 'b0a7f1c2-0000-4000-8000-000000000001',
  endpoint: 'http://127.0.0.1:9/hook',
  type: 'email.sent',
  created_at: '2026-12-07 12:00:00.000000+00',
  payload: { type: 'email.sent', created_at: '2026-12-07T12:00:00.000Z', data: {} },
  status: 'pending',
  next_attempt_at: null,
  attempts: [],
};

/** A receiver answering 200 with `chunk` again and again, without end, counting the bytes pulled from it. */
function endlessReceiver(chunk: string) {
  const bytes = new TextEncoder().encode(chunk);
  const seen = { pulledBytes: 0, cancelled: false };
  const fetch = () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          seen.pulledBytes += bytes.byteLength;
          controller.enqueue(bytes);
        },
        cancel() {
          seen.cancelled = true;
        },
      }),
      { status: 200 },
    );
  return { fetch, seen };
}

it('records the first 1000 characters of an endless answer, having read about 4 KB of it', async () => {
  const receiver = endlessReceiver('ok-'.repeat(100));
  const result = await sendAttempt(delivery, ['whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ='], {
    fetch: receiver.fetch,
    timeoutMs: 5000,
  });
  expect(result.status).toBe(200);
  expect(result.response.startsWith('ok-ok-')).toBe(true);
  expect(result.response.length).toBeLessThanOrEqual(1000);
  expect(receiver.seen.cancelled).toBe(true);
  expect(receiver.seen.pulledBytes).toBeLessThanOrEqual(4096 + 2 * 300);
});
