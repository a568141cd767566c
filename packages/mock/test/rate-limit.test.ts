import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

/** A fake with a hand-driven clock: 5 requests per 100 ms. */
function scaled() {
  let t = 1_000_000;
  const fake = createFakeResend({ domains: ['acme.dev'], rps: 5, windowMs: 100, now: () => t });
  return { fake, advance: (ms: number) => (t += ms) };
}

describe('rate limit', () => {
  it('admits 5 requests in a window and answers the 6th with 429 rate_limit_exceeded and retry-after', async () => {
    const { fake } = scaled();
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(fake, 'GET', '/emails')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await call(fake, 'GET', '/emails');
    expect(refused.body).toMatchObject({ statusCode: 429, name: 'rate_limit_exceeded' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(fake.state.counters.rateLimited).toBe(2);
  });

  it('is a sliding window: a slot frees exactly when its request leaves the window', async () => {
    const { fake, advance } = scaled();
    for (let i = 0; i < 5; i++) {
      await call(fake, 'GET', '/emails');
      advance(10); // requests at 0, 10, 20, 30, 40
    }
    advance(49); // t = 99: the first request is still inside the window
    expect((await call(fake, 'GET', '/emails')).status).toBe(429);
    advance(1); // t = 100: it left
    expect((await call(fake, 'GET', '/emails')).status).toBe(200);
    expect((await call(fake, 'GET', '/emails')).status).toBe(429);
    advance(10); // t = 110: the second left
    expect((await call(fake, 'GET', '/emails')).status).toBe(200);
  });

  it('does not let refused requests consume the window', async () => {
    const { fake, advance } = scaled();
    for (let i = 0; i < 5; i++) await call(fake, 'GET', '/emails');
    for (let i = 0; i < 20; i++) expect((await call(fake, 'GET', '/emails')).status).toBe(429);
    advance(100);
    for (let i = 0; i < 5; i++) expect((await call(fake, 'GET', '/emails')).status).toBe(200);
  });

  it('counts all keys of the team together', async () => {
    const { fake } = scaled();
    for (let i = 0; i < 5; i++) await call(fake, 'GET', '/emails', { headers: { authorization: `Bearer re_key${i}` } });
    expect((await call(fake, 'GET', '/emails', { headers: { authorization: 'Bearer re_other' } })).status).toBe(429);
  });

  it('puts the ratelimit headers on every response, errors included', async () => {
    const { fake } = scaled();
    const responses = [
      await call(fake, 'GET', '/emails'),
      await call(fake, 'POST', '/emails', { body: {} }),
      await call(fake, 'GET', '/nope'),
      await call(fake, 'GET', '/emails', { headers: { authorization: undefined } }),
      await call(fake, 'GET', '/emails', { headers: { 'user-agent': undefined } }),
      await call(fake, 'GET', '/emails'),
      await call(fake, 'GET', '/emails'),
      await call(fake, 'GET', '/emails'),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 422, 404, 401, 403, 200, 200, 429]);
    for (const r of responses) {
      expect(r.headers.get('ratelimit-limit')).toBe('5');
      expect(r.headers.get('ratelimit-policy')).toBe('5;w=1');
      expect(r.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
      expect(r.headers.get('ratelimit-reset')).toMatch(/^\d+$/);
    }
    expect(responses.map((r) => r.headers.get('ratelimit-remaining'))).toEqual([
      '4',
      '3',
      '2',
      '2',
      '2',
      '1',
      '0',
      '0',
    ]);
  });

  it('can be switched off with rps 0, rps Infinity or rateLimit false', async () => {
    for (const options of [{ rps: 0 }, { rps: Infinity }, { rateLimit: false }]) {
      const fake = createFakeResend(options);
      for (let i = 0; i < 30; i++) expect((await call(fake, 'GET', '/emails')).status).toBe(200);
      expect((await call(fake, 'GET', '/emails')).headers.get('ratelimit-limit')).toBeNull();
    }
  });
});
