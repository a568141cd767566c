/**
 * `scheduled_at` takes what Resend documents: an ISO 8601 date and time with `Z` or an offset, or
 * natural language such as `in 1 min`. Anything else `Date.parse` happens to read (`"5"` is the year
 * 2005, `"March 7"` a date in 2001) had been accepted and the email scheduled for a time nobody meant.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const fresh = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false, now: () => NOW });
const MESSAGE = 'Invalid `scheduled_at` field: use an ISO 8601 date or natural language such as `in 1 min`.';

const REFUSED = [
  '5',
  '2026',
  'March 7',
  'March 7, 2026 10:00',
  'Wed, 02 Dec 2026 10:00:00 GMT',
  '12/02/2026 10:00',
  '2026-12-02',
  '2026-12-02T10:00:00',
  '2026-12-02T10',
  '2026-12-02T10:00:00+1',
  '2026-12-02T10:00:00 Z',
  '2026-12-02T10:00:00Zjunk',
  '2026-11-31T10:00:00Z',
  '2026-12-32T10:00:00Z',
  '2026-13-02T10:00:00Z',
  '2026-12-02T24:30:00Z',
  '2026-12-02T10:60:00Z',
  'in 5',
  'in 5 fortnights',
  'tomorrow',
  '',
];

const ACCEPTED: [string, string][] = [
  ['2026-12-02T10:00:00Z', '2026-12-02T10:00:00.000Z'],
  ['2026-12-02T10:00:00.858Z', '2026-12-02T10:00:00.858Z'],
  ['2026-12-02T10:00:00.123456+02:00', '2026-12-02T08:00:00.123Z'],
  ['2026-12-02T10:00+0130', '2026-12-02T08:30:00.000Z'],
  ['2026-12-02T10:00:00+01', '2026-12-02T09:00:00.000Z'],
  ['2026-12-02 10:00:00.674981+00', '2026-12-02T10:00:00.674Z'],
  ['2026-12-02t10:00:00z', '2026-12-02T10:00:00.000Z'],
  ['in 5 min', '2026-12-01T00:05:00.000Z'],
  ['In 2 Hours', '2026-12-01T02:00:00.000Z'],
  ['in 1 day', '2026-12-02T00:00:00.000Z'],
];

describe('scheduled_at formats', () => {
  it.each(REFUSED)('refuses %j with 422 validation_error, storing nothing', async (at) => {
    const fake = fresh();
    const { status, body } = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: at }) });
    expect([status, body.name, body.message]).toEqual([422, 'validation_error', MESSAGE]);
    expect(fake.state.emails.size).toBe(0);
  });

  it.each(ACCEPTED)('accepts %j as %s', async (at, utc) => {
    const fake = fresh();
    const { status, body } = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: at }) });
    expect(status).toBe(200);
    expect(fake.state.emails.get(body.id)?.scheduled_at).toBe(utc);
  });

  it('refuses the same values when rescheduling and when scheduling a broadcast', async () => {
    const fake = fresh();
    const { body } = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 hour' }) });
    const patched = await call(fake, 'PATCH', `/emails/${body.id}`, { body: { scheduled_at: 'March 7' } });
    expect([patched.status, patched.body.message]).toEqual([422, MESSAGE]);
    expect(fake.state.emails.get(body.id)?.scheduled_at).toBe('2026-12-01T01:00:00.000Z');
    const segment = (await call(fake, 'POST', '/segments', { body: { name: 'All' } })).body.id;
    const broadcast = { segment_id: segment, from: 'Acme <hi@acme.dev>', subject: 'News', html: '<p>n</p>' };
    const created = await call(fake, 'POST', '/broadcasts', { body: { ...broadcast, send: true, scheduled_at: '5' } });
    expect([created.status, created.body.message]).toEqual([422, MESSAGE]);
  });
});
