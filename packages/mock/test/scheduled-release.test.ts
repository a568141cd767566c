/**
 * A scheduled email goes out once the fake's clock passes its `scheduled_at`: it gets the
 * `last_event` an email sent at once to that recipient gets, the events of a send are delivered
 * then, and reschedule and cancel refuse it. It had stayed `scheduled` forever. Time is injected
 * through `now`; nothing sleeps.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { listen } from '../src/server.js';
import { HOUR, START, clockedFake, throughDataFile } from './clocked-fake.js';
import { call, email } from './helpers.js';

/** A fake on a clock the test moves, with a webhook receiving every email event. */
const clocked = (start = START) =>
  clockedFake(['email.scheduled', 'email.sent', 'email.delivered', 'email.bounced', 'email.suppressed'], start);

describe('a scheduled email when its time comes', () => {
  it('is delivered once the clock passes scheduled_at, with the events of a send at that time', async () => {
    const { fake, clock, received, types } = await clocked();
    const { body } = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 hour' }) });
    clock.t += HOUR - 1;
    expect((await call(fake, 'GET', `/emails/${body.id}`)).body.last_event).toBe('scheduled');
    expect(await types()).toEqual(['email.scheduled']);
    clock.t += 2 * HOUR;
    const got = await call(fake, 'GET', `/emails/${body.id}`);
    expect(got.body).toMatchObject({ last_event: 'delivered', scheduled_at: '2026-12-01T10:00:00.000Z' });
    expect((await call(fake, 'GET', '/emails')).body.data[0].last_event).toBe('delivered');
    expect(await types()).toEqual(['email.scheduled', 'email.sent', 'email.delivered']);
    // Sent at its time, not at the request that noticed it.
    expect(received[1]).toMatchObject({ created_at: '2026-12-01T10:00:00.000Z', data: { email_id: body.id } });
  });

  it('gets the outcome its recipient asks for: a bounce, or a suppression from the list at send time', async () => {
    const { fake, clock, types } = await clocked();
    const at = { scheduled_at: 'in 10 min' };
    const bounced = (await call(fake, 'POST', '/emails', { body: email({ ...at, to: 'bounced@resend.dev' }) })).body;
    const gone = (await call(fake, 'POST', '/emails', { body: email({ ...at, to: 'gone@acme.dev' }) })).body;
    await call(fake, 'POST', '/suppressions', { body: { email: 'gone@acme.dev' } });
    clock.t += HOUR;
    expect((await call(fake, 'GET', `/emails/${bounced.id}`)).body.last_event).toBe('bounced');
    expect((await call(fake, 'GET', `/emails/${gone.id}`)).body.last_event).toBe('suppressed');
    expect(await types()).toEqual([
      'email.scheduled',
      'email.scheduled',
      'email.sent',
      'email.bounced',
      'email.sent',
      'email.suppressed',
    ]);
  });

  it('is refused by reschedule and cancel once sent, as any sent email is', async () => {
    const { fake, clock } = await clocked();
    const { body } = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 min' }) });
    clock.t += HOUR;
    const patched = await call(fake, 'PATCH', `/emails/${body.id}`, { body: { scheduled_at: 'in 1 hour' } });
    expect([patched.status, patched.body.message]).toEqual([422, 'Only scheduled emails can be updated.']);
    const canceled = await call(fake, 'POST', `/emails/${body.id}/cancel`);
    expect([canceled.status, canceled.body.message]).toEqual([422, 'Only scheduled emails can be canceled.']);
    expect(fake.state.emails.get(body.id)?.last_event).toBe('delivered');
  });

  it('goes out at its new time after a reschedule, and never once canceled', async () => {
    const { fake, clock, types } = await clocked();
    const moved = (await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 hour' }) })).body.id;
    const dropped = (await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 hour' }) })).body.id;
    await call(fake, 'PATCH', `/emails/${moved}`, { body: { scheduled_at: 'in 3 hours' } });
    await call(fake, 'POST', `/emails/${dropped}/cancel`);
    clock.t += 2 * HOUR;
    expect((await call(fake, 'GET', `/emails/${moved}`)).body.last_event).toBe('scheduled');
    clock.t += 2 * HOUR;
    expect((await call(fake, 'GET', `/emails/${moved}`)).body.last_event).toBe('delivered');
    expect((await call(fake, 'GET', `/emails/${dropped}`)).body.last_event).toBe('canceled');
    expect(await types()).toEqual(['email.scheduled', 'email.scheduled', 'email.sent', 'email.delivered']);
  });

  it('goes out in order of scheduled time, batch emails included', async () => {
    const { fake, clock, received } = await clocked();
    const { body } = await call(fake, 'POST', '/emails/batch', {
      body: [email({ scheduled_at: 'in 2 hours' }), email({ scheduled_at: 'in 1 hour' })],
    });
    clock.t += 3 * HOUR;
    await call(fake, 'GET', '/emails');
    await fake.settleWebhooks();
    const sent = received.filter((e) => e.type === 'email.sent').map((e) => e.data.email_id);
    expect(sent).toEqual([body.data[1].id, body.data[0].id]);
  });

  it('shows as sent through the inbox, fake.state and the test API, without a request', async () => {
    const { fake, clock, types } = await clocked();
    const ids: string[] = [];
    for (const at of ['in 1 hour', 'in 2 hours', 'in 3 hours'])
      ids.push((await call(fake, 'POST', '/emails', { body: email({ scheduled_at: at }) })).body.id);
    clock.t += HOUR;
    expect(fake.inbox.emails().items.map((e) => e.last_event)).toEqual(['scheduled', 'scheduled', 'delivered']);
    clock.t += HOUR;
    expect(fake.state.emails.get(ids[1]!)?.last_event).toBe('delivered');
    clock.t += HOUR;
    expect(fake.latestEmail('delivered@resend.dev')).toMatchObject({ id: ids[2], last_event: 'delivered' });
    expect((await types()).filter((t) => t === 'email.sent')).toHaveLength(3);
  });

  it('sends at once when scheduled_at is now or in the past, keeping the time it was given', async () => {
    const { fake, types } = await clocked();
    for (const at of ['2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z']) {
      const { body } = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: at }) });
      expect(fake.state.emails.get(body.id)).toMatchObject({
        last_event: 'delivered',
        scheduled_at: new Date(at).toISOString(),
      });
    }
    expect(await types()).toEqual(['email.sent', 'email.delivered', 'email.sent', 'email.delivered']);
  });

  it('goes out when due after being loaded from a data file', async () => {
    const first = await clocked();
    const { body } = await call(first.fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 hour' }) });
    const second = await clocked(START + 2 * HOUR);
    throughDataFile(first.fake, second.fake);
    expect((await call(second.fake, 'GET', `/emails/${body.id}`)).body.last_event).toBe('delivered');
    expect(await second.types()).toEqual(['email.sent', 'email.delivered']);
  });

  it('goes out from a local server with no request coming, its webhooks with it', async () => {
    const { fake, clock, received } = await clocked();
    const server = await listen(fake);
    onTestFinished(() => server.close());
    await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 min' }) });
    clock.t += HOUR;
    // The server checks once a second: this waits for its next check, the clock having moved already.
    const sent = ['email.scheduled', 'email.sent', 'email.delivered'];
    await vi.waitFor(() => expect(received.map((e) => e.type)).toEqual(sent), { timeout: 3000, interval: 20 });
  });
});
