/**
 * A webhook whose stored `signing_secret` cannot sign (a `--data` file edited by hand) made the first
 * event's delivery throw outside the attempt's `try`: an unhandled rejection that ended the bin, and
 * the endpoint's queue left rejected, so none of its later events went out. It is now a failed
 * attempt, recorded like any other, and the queue keeps going.
 */
import { expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import type { StoredRecord } from '../src/state.js';
import { call, email } from './helpers.js';

it('records a delivery it cannot sign as a failed attempt, and still delivers the endpoint’s later events', async () => {
  const received: string[] = [];
  const fake = createFakeResend({
    domains: ['acme.dev'],
    rateLimit: false,
    webhooks: { retryDelaysMs: [], fetch: async (r) => (received.push(await r.text()), new Response('ok')) },
  });
  const hook = await call(fake, 'POST', '/webhooks', {
    body: { endpoint: 'https://h.test/x', events: ['email.sent'] },
  });
  const stored = fake.state.webhooks.get(hook.body.id) as StoredRecord;
  stored.signing_secret = 42;
  await call(fake, 'POST', '/emails', { body: email({ subject: 'first' }) });
  await fake.settleWebhooks();
  stored.signing_secret = hook.body.signing_secret;
  await call(fake, 'POST', '/emails', { body: email({ subject: 'second' }) });
  await fake.settleWebhooks();

  const [second, first] = fake.state.webhookDeliveries.newestFirst();
  expect(first).toMatchObject({ status: 'failed', next_attempt_at: null });
  expect(first!.attempts).toHaveLength(1);
  expect(first!.attempts[0]).toMatchObject({ http_status_code: 0 });
  expect(first!.attempts[0]!.response).toMatch(/^Not sent: .*signing secret is not valid/);
  expect(second).toMatchObject({ status: 'success' });
  expect(received).toHaveLength(1);
  expect(JSON.parse(received[0]!).data.subject).toBe('second');
});
