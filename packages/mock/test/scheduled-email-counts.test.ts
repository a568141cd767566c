/**
 * A scheduled email counts in `GET /emails/metrics` and `GET /usage` on the day it is sent (its
 * `scheduled_at`), as Resend's per-UTC-day counts do, not on the day it was created: an email
 * scheduled on the 30th of June for the 2nd of July had landed in June's metrics and in no day
 * of July's usage.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

/** A fake on a clock the test moves, sending from `acme.dev`. */
function fakeAt(start: string) {
  let now = Date.parse(start);
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true, now: () => now });
  return { fake, setNow: (iso: string) => (now = Date.parse(iso)) };
}

/** An email to two recipients scheduled on 30 June for 2 July, read on 2 July once it went out. */
async function scheduledAcrossMonths() {
  const { fake, setNow } = fakeAt('2026-06-30T10:00:00Z');
  const to = ['delivered@resend.dev', 'bounced@resend.dev'];
  const sent = await call(fake, 'POST', '/emails', { body: email({ to, scheduled_at: '2026-07-02T08:00:00Z' }) });
  expect(sent.status).toBe(200);
  setNow('2026-07-02T12:00:00Z');
  return { fake, id: sent.body.id as string };
}

describe('a scheduled email in the counts', () => {
  it('counts in GET /usage on the UTC day and month it was sent, not the day it was created', async () => {
    const { fake } = await scheduledAcrossMonths();
    const { body } = await call(fake, 'GET', '/usage');
    expect(body.emails.daily).toMatchObject({ used: 2, sent: 2 });
    expect(body.emails.monthly).toMatchObject({ used: 2, sent: 2 });
  });

  it('counts in GET /emails/metrics in the range and period it was sent, not when it was created', async () => {
    const { fake } = await scheduledAcrossMonths();
    const metrics = (query: string) => call(fake, 'GET', `/emails/metrics?metrics=sent&${query}`);
    const created = await metrics('start_date=2026-06-30&end_date=2026-06-30');
    expect(created.body.totals).toEqual({ sent: 0 });
    const byDay = await metrics('start_date=2026-06-29&end_date=2026-07-02&dimensions=period');
    // Metrics count emails, /usage recipients.
    expect(byDay.body.totals).toEqual({ sent: 1 });
    expect(byDay.body.data).toEqual([{ period: '2026-07-02', sent: 1 }]);
  });

  it('counts on the day it was created when sent at once for a time already past', async () => {
    const { fake } = fakeAt('2026-07-02T10:00:00Z');
    await call(fake, 'POST', '/emails', { body: email({ scheduled_at: '2026-06-30T10:00:00Z' }) });
    const byDay = await call(fake, 'GET', '/emails/metrics?metrics=sent&start_date=2026-06-29&dimensions=period');
    expect(byDay.body.data).toEqual([{ period: '2026-07-02', sent: 1 }]);
    expect((await call(fake, 'GET', '/usage')).body.emails.daily).toMatchObject({ sent: 1 });
  });

  it('counts in neither while still scheduled, nor once canceled', async () => {
    const { fake, setNow } = fakeAt('2026-07-02T10:00:00Z');
    const later = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: '2026-07-02T20:00:00Z' }) });
    const canceled = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: '2026-07-02T11:00:00Z' }) });
    await call(fake, 'POST', `/emails/${canceled.body.id}/cancel`);
    setNow('2026-07-02T12:00:00Z');
    expect(fake.state.emails.get(later.body.id)?.last_event).toBe('scheduled');
    expect((await call(fake, 'GET', '/usage')).body.emails.daily).toMatchObject({ sent: 0 });
    expect((await call(fake, 'GET', '/emails/metrics?metrics=sent')).body.totals).toEqual({ sent: 0 });
  });
});
