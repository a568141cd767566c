/** A fake nobody holds any more is not kept alive by the webhook retries it scheduled. */
import { expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { API, HEADERS } from './helpers.js';

const gc = (globalThis as { gc?: () => void }).gc;

/** A fake whose one webhook answered 503, so its next retry (Resend's schedule: in 5 s) is pending. */
async function fakeWithRetryPending(attempts: string[]) {
  const fake = createFakeResend({
    domains: ['acme.dev'],
    rateLimit: false,
    webhooks: { fetch: () => (attempts.push('attempt'), new Response('busy', { status: 503 })) },
  });
  const call = (path: string, body: unknown) =>
    fake.fetch(
      new Request(`${API}${path}`, {
        method: 'POST',
        headers: { ...HEADERS, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  await call('/webhooks', { endpoint: 'https://hooks.acme.dev/resend', events: ['email.sent'] });
  await call('/emails', { from: 'Acme <onboarding@acme.dev>', to: 'delivered@resend.dev', subject: 'Hi', text: 'hi' });
  // The first attempt failed once its delivery is `attempting`: the retry is scheduled.
  const status = () => [...fake.state.webhookDeliveries][0]?.status;
  while (status() !== 'attempting') await new Promise((resolve) => setImmediate(resolve));
  return new WeakRef(fake);
}

it('a fake dropped without reset() while a webhook retry is pending is garbage-collected', async () => {
  if (!gc) throw new Error('run with --expose-gc (set in vitest.config.ts)');
  const attempts: string[] = [];
  const dropped = await fakeWithRetryPending(attempts);
  for (let i = 0; i < 10 && dropped.deref() !== undefined; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  expect(dropped.deref()).toBeUndefined();
  expect(attempts).toHaveLength(1);
});
