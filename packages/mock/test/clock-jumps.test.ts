/** The fake when its wall clock jumps (an NTP step back, a laptop waking from sleep). */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const HOUR = 3_600_000;

describe('the fake when its clock jumps', () => {
  it('a full rate window frees one window after the clock steps back an hour, not an hour later', async () => {
    let t = 1_000_000_000;
    const fake = createFakeResend({ domains: ['acme.dev'], rps: 5, windowMs: 100, now: () => t });
    for (let i = 0; i < 5; i++) expect((await call(fake, 'GET', '/emails')).status).toBe(200);
    t -= HOUR;
    const refused = await call(fake, 'GET', '/emails');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    t += 100;
    expect((await call(fake, 'GET', '/emails')).status).toBe(200);
  });

  it('a daily quota used up stays used when the clock steps back across midnight', async () => {
    let t = Date.parse('2026-03-02T00:00:02Z');
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, now: () => t, quota: { daily: 1 } });
    expect((await call(fake, 'POST', '/emails', { body: email() })).status).toBe(200);
    t -= 5_000; // 23:59:57 the day before
    expect((await call(fake, 'POST', '/emails', { body: email() })).status).toBe(429);
    t += 10_000;
    expect((await call(fake, 'POST', '/emails', { body: email() })).status).toBe(429);
  });
});
