/** A fake nobody holds any more is not kept alive by the webhook retries it scheduled. */
import { expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { API, HEADERS } from './helpers.js';

// Bun's `gc()` only asks for a collection; `Bun.gc(true)` runs a full one before it returns.
const bun = (globalThis as { Bun?: { gc(force: boolean): void } }).Bun;
const gc = bun ? () => bun.gc(true) : (globalThis as { gc?: () => void }).gc;

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
  // Bun's collector scans the stack conservatively: a stale word there can hold the fake a few rounds more.
  for (let i = 0; i < 50 && dropped.deref() !== undefined; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  expect(dropped.deref()).toBeUndefined();
  expect(attempts).toHaveLength(1);
});
