import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

const NOW = Date.UTC(2026, 10, 29, 12, 30);
const fresh = () => createFakeResend({ rateLimit: false, validateResponses: true, now: () => NOW });

describe('GET /emails/metrics range rules', () => {
  it('clamps a future end_date to now and defaults start_date to six days before the end', async () => {
    const future = await call(fresh(), 'GET', '/emails/metrics?end_date=2027-01-01');
    expect(future.body.end_date).toBe(new Date(NOW + 1).toISOString());
    expect(future.body.start_date).toBe('2026-11-23T00:00:00.000Z');
    const past = await call(fresh(), 'GET', '/emails/metrics?end_date=2026-10-10');
    expect([past.body.start_date, past.body.end_date]).toEqual([
      '2026-10-04T00:00:00.000Z',
      '2026-10-11T00:00:00.000Z',
    ]);
  });

  it('refuses a range of more than 10,000 periods, and takes 10,000', async () => {
    const refused = await call(fresh(), 'GET', '/emails/metrics?start_date=2025-01-01&granularity=hourly');
    expect([refused.status, refused.body.name]).toEqual([422, 'validation_error']);
    expect(refused.body.message).toContain('at most 10000');
    const start = new Date(NOW + 1 - 10_000 * 3_600_000).toISOString();
    expect((await call(fresh(), 'GET', `/emails/metrics?start_date=${start}&granularity=hourly`)).status).toBe(200);
  });
});
