/**
 * A webhook's events and an event's attempts page forward with `after` only, as Resend documents;
 * `before` there is refused (422), and with `after` it is the 422 of both cursors together. The
 * spec declares no `before` on them, so validation dropped it and the fake answered as if it was
 * not given: the first page, for any cursor, even one naming no event.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

async function webhookWithEvents() {
  const fake = createFakeResend({
    domains: ['acme.dev'],
    rateLimit: false,
    webhooks: { fetch: () => new Response('ok') },
  });
  const hook = await call(fake, 'POST', '/webhooks', {
    body: { endpoint: 'https://h.test/x', events: ['email.sent'] },
  });
  for (let i = 0; i < 3; i++) await call(fake, 'POST', '/emails', { body: email({ subject: `s${i}` }) });
  await fake.settleWebhooks();
  const events = (await call(fake, 'GET', `/webhooks/${hook.body.id}/events`)).body.data.map(
    (e: { id: string }) => e.id,
  );
  return { fake, path: `/webhooks/${hook.body.id}/events`, events: events as string[] };
}

describe('GET /webhooks/{id}/events', () => {
  it('refuses `before` with a 422, where it was ignored and answered the first page', async () => {
    const { fake, path, events } = await webhookWithEvents();
    for (const cursor of [events[2], 'msg_doesnotexist']) {
      const page = await call(fake, 'GET', `${path}?before=${cursor}&limit=1`);
      expect(page.status).toBe(422);
      expect(page.body).toMatchObject({ name: 'validation_error', message: expect.stringContaining('`before`') });
    }
  });

  it('refuses `after` and `before` together with a 422, as every list does', async () => {
    const { fake, path, events } = await webhookWithEvents();
    const page = await call(fake, 'GET', `${path}?after=${events[0]}&before=${events[2]}`);
    expect(page.status).toBe(422);
    expect(page.body.message).toBe('The `after` and `before` parameters cannot be used together.');
  });

  it('still pages forward with `after`, and refuses `before` on an event’s attempts too', async () => {
    const { fake, path, events } = await webhookWithEvents();
    const next = await call(fake, 'GET', `${path}?after=${events[0]}&limit=1`);
    expect(next.body.data.map((e: { id: string }) => e.id)).toEqual([events[1]]);
    const attempts = await call(fake, 'GET', `${path}/${events[0]}/attempts?before=atmpt_x`);
    expect(attempts.status).toBe(422);
  });
});
