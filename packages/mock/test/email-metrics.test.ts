import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

/** A fake whose clock the test moves. */
function fakeAt(start: string) {
  let now = Date.parse(start);
  const fake = createFakeResend({ domains: ['other.dev'], rateLimit: false, validateResponses: true, now: () => now });
  return { fake, setNow: (iso: string) => (now = Date.parse(iso)) };
}

async function seed() {
  const { fake, setNow } = fakeAt('2026-07-01T10:00:00Z');
  const domain = (await call(fake, 'POST', '/domains', { body: { name: 'acme.dev' } })).body.id as string;
  await call(fake, 'POST', `/domains/${domain}/verify`);
  const ids: string[] = [];
  for (const to of ['delivered@resend.dev', 'bounced@resend.dev', 'complained@resend.dev']) {
    ids.push((await call(fake, 'POST', '/emails', { body: email({ to }) })).body.id);
  }
  setNow('2026-07-02T23:30:00Z');
  ids.push((await call(fake, 'POST', '/emails', { body: email({ from: 'Other <a@other.dev>' }) })).body.id);
  // Still scheduled when the metrics are read (a scheduled email goes out once its time has come).
  await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 2 days' }) });
  setNow('2026-07-03T12:00:00Z');
  return { fake, domain, ids };
}

describe('GET /emails/metrics', () => {
  it('totals the fake emails in the range: sent, delivered, bounced, complained and rates', async () => {
    const { fake } = await seed();
    const res = await call(
      fake,
      'GET',
      '/emails/metrics?start_date=2026-07-01&end_date=2026-07-02&metrics=sent,delivered,bounced,complained,delivery_rate,bounce_rate',
    );
    expect(res.status).toBe(200);
    // The scheduled email is not counted as sent.
    expect(res.body.totals).toEqual({
      sent: 4,
      delivered: 3,
      bounced: 1,
      complained: 1,
      delivery_rate: 75,
      bounce_rate: 25,
    });
    expect(res.body.data).toBeUndefined();
  });

  it('breaks down by period in the given time zone and granularity', async () => {
    const { fake } = await seed();
    const utc = await call(
      fake,
      'GET',
      '/emails/metrics?start_date=2026-07-01&end_date=2026-07-03&metrics=sent&dimensions=period',
    );
    expect(utc.body.data).toEqual([
      { period: '2026-07-01', sent: 3 },
      { period: '2026-07-02', sent: 1 },
    ]);
    // 23:30 UTC on the 2nd is already the 3rd in Tokyo.
    const tokyo = await call(
      fake,
      'GET',
      '/emails/metrics?start_date=2026-07-01&end_date=2026-07-03&metrics=sent&dimensions=period&timezone=Asia/Tokyo',
    );
    expect(tokyo.body.data).toEqual([
      { period: '2026-07-01', sent: 3 },
      { period: '2026-07-03', sent: 1 },
    ]);
    const monthly = await call(
      fake,
      'GET',
      '/emails/metrics?start_date=2026-07-01&end_date=2026-07-03&metrics=sent&dimensions=period&granularity=monthly',
    );
    expect(monthly.body.data).toEqual([{ period: '2026-07-01', sent: 4 }]);
  });

  it('filters by domain_id and email_id and groups by domain', async () => {
    const { fake, domain, ids } = await seed();
    const byDomain = await call(fake, 'GET', `/emails/metrics?start_date=2026-07-01&metrics=sent&domain_id=${domain}`);
    expect(byDomain.body.totals).toEqual({ sent: 3 });
    const byEmail = await call(
      fake,
      'GET',
      `/emails/metrics?start_date=2026-07-01&metrics=sent,bounced&email_id=${ids[1]}&email_id=${ids[0]}`,
    );
    expect(byEmail.body.totals).toEqual({ sent: 2, bounced: 1 });
    const grouped = await call(fake, 'GET', '/emails/metrics?start_date=2026-07-01&metrics=sent&dimensions=domain');
    expect(grouped.body.data).toEqual([
      { domain_id: domain, domain_name: 'acme.dev', sent: 3 },
      { domain_id: expect.any(String), domain_name: 'other.dev', sent: 1 },
    ]);
  });

  it('refuses a bad time zone, a reversed range and email combined with domain', async () => {
    const { fake } = await seed();
    expect((await call(fake, 'GET', '/emails/metrics?timezone=Mars/Olympus')).status).toBe(422);
    expect((await call(fake, 'GET', '/emails/metrics?start_date=2026-07-03&end_date=2026-07-01')).status).toBe(422);
    expect((await call(fake, 'GET', '/emails/metrics?dimensions=email,domain')).status).toBe(422);
  });
});
