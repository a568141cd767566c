/**
 * Webhooks are signed with the time they are sent, as Resend signs them: the wall clock. They were
 * signed with the fake's `now`, so once a test moved an injected clock ahead (as the README
 * suggests for scheduled emails) every `svix-timestamp` was in the future and receivers
 * (`@resendkit/webhooks`, svix) refused the deliveries. The events' `created_at` stays on the
 * fake's clock, like every other time the fake records.
 */
import { verifyWebhook } from '@resendkit/webhooks';
import { expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const HOUR = 3_600_000;

it('signs deliveries with the wall-clock time after the fake’s clock moved ahead, where receivers refused them', async () => {
  let ahead = 0;
  const received: Request[] = [];
  const fake = createFakeResend({
    domains: ['acme.dev'],
    rateLimit: false,
    now: () => Date.now() + ahead,
    webhooks: { retryDelaysMs: [], fetch: (r) => (received.push(r), new Response('ok')) },
  });
  const hook = await call(fake, 'POST', '/webhooks', {
    body: { endpoint: 'https://h.test/x', events: ['email.sent'] },
  });
  await call(fake, 'POST', '/emails', { body: email({ subject: 'later', scheduled_at: 'in 1 hour' }) });
  ahead = HOUR + 60_000;
  void fake.state; // sends the scheduled email, now due
  await fake.settleWebhooks();

  expect(received).toHaveLength(1);
  const [request] = received;
  const signedAt = Number(request!.headers.get('svix-timestamp')) * 1000;
  expect(Math.abs(signedAt - Date.now())).toBeLessThan(60_000);
  const event = await verifyWebhook({
    payload: await request!.text(),
    headers: request!.headers,
    secret: hook.body.signing_secret,
  });
  expect(event.data).toMatchObject({ subject: 'later' });
  const [delivery] = fake.state.webhookDeliveries.all();
  const createdAt = Date.parse(`${delivery!.created_at.slice(0, 23).replace(' ', 'T')}Z`);
  expect(createdAt).toBeGreaterThan(Date.now() + HOUR);
});
