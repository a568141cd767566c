import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MemoryRateLimitStore,
  RateLimiter,
  ResendConfigError,
  type RateLimitLane,
  quotaOf,
  withRateLimit,
} from './api.js';
import { BASE_URL, email, testClient, useServer } from './helpers.js';

const server = useServer();

/** Grant times of `limiter` per lane, each slot released the moment it is granted. */
function recorder(limiter: RateLimiter) {
  const grants: { lane: RateLimitLane; at: number; tag: string }[] = [];
  const ask = (lane: RateLimitLane, tag: string = lane) =>
    limiter.acquire(undefined, lane).then((release) => {
      grants.push({ lane, at: Date.now(), tag });
      release();
    });
  return { grants, ask };
}

/** The most grants (of `lane`, or all) inside any window of `windowMs` ms. */
function busiestWindow(grants: { lane: RateLimitLane; at: number }[], windowMs: number, lane?: RateLimitLane): number {
  const times = grants.filter((g) => lane === undefined || g.lane === lane).map((g) => g.at);
  let most = 0;
  for (const start of times) most = Math.max(most, times.filter((t) => t >= start && t < start + windowMs).length);
  return most;
}

describe('priority lanes (in-process)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('grants a waiting interactive call before bulk calls that queued earlier', async () => {
    const limiter = new RateLimiter({ limit: 3, windowMs: 100, marginMs: 0, interactiveReserve: 1 });
    const held = await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    const { grants, ask } = recorder(limiter);
    const asked = [ask('bulk', 'b1'), ask('bulk', 'b2'), ask('bulk', 'b3'), ask('interactive', 'i1')];
    for (const release of held) release();
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(asked);
    expect(grants[0]?.tag).toBe('i1');
    expect(grants.map((g) => g.tag).slice(1)).toEqual(['b1', 'b2', 'b3']);
  });

  it('lends the reserve to bulk calls while no interactive call waits: a bulk run alone gets the whole limit', async () => {
    const limiter = new RateLimiter({ limit: 5, windowMs: 100, marginMs: 0, interactiveReserve: 1 });
    const { grants, ask } = recorder(limiter);
    const all = Array.from({ length: 40 }, () => ask('bulk'));
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(all);
    expect(grants).toHaveLength(40);
    expect(busiestWindow(grants, 100)).toBe(5);
    // 40 calls in 8 windows of 5 (a reserve left idle would need 10 windows of 4).
    expect(grants.at(-1)!.at).toBe(700);
  });

  it('keeps the reserve idle with lendReserve: false: bulk calls alone hold limit − reserve', async () => {
    const limiter = new RateLimiter({
      limit: 5,
      windowMs: 100,
      marginMs: 0,
      interactiveReserve: 1,
      lendReserve: false,
    });
    const { grants, ask } = recorder(limiter);
    const all = Array.from({ length: 40 }, () => ask('bulk'));
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(all);
    expect(busiestWindow(grants, 100)).toBe(4);
    expect(grants.at(-1)!.at).toBe(900);
    // A refused bulk call is told to wait for the bulk slot to end, not to ask again at once.
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < 4; i++) store.tryAcquire(0, 5, 100, 'bulk', 1, false);
    expect(store.tryAcquire(0, 5, 100, 'bulk', 1, false).waitMs).toBe(60_100);
    // The reserve is there at once for an interactive call.
    await ask('interactive', 'now');
    expect(grants.at(-1)).toMatchObject({ tag: 'now', at: 2000 });
    expect(() => new RateLimiter({ lendReserve: 'no' as unknown as boolean })).toThrow(
      /rateLimit.lendReserve must be a boolean/,
    );
  });

  it('takes the reserve back while an interactive call waits: bulk holds limit − reserve until it lapses', async () => {
    const limiter = new RateLimiter({ limit: 5, windowMs: 100, marginMs: 0, interactiveReserve: 2 });
    const { grants, ask } = recorder(limiter);
    const bulk = Array.from({ length: 5 }, () => ask('bulk'));
    await vi.advanceTimersByTimeAsync(0);
    expect(grants).toHaveLength(5);
    // Every slot is bulk's: the interactive call waits for the next one that frees, at 100 ms.
    const interactive = ask('interactive', 'waited');
    const more = Array.from({ length: 20 }, () => ask('bulk'));
    await vi.advanceTimersByTimeAsync(100);
    await interactive;
    expect(grants.filter((g) => g.at === 100).map((g) => g.tag)).toEqual(['waited', 'bulk', 'bulk', 'bulk']);
    // Its demand lasted one window past the moment it was told to ask again: then bulk takes all 5.
    await vi.advanceTimersByTimeAsync(100);
    expect(grants.filter((g) => g.at === 200)).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all([...bulk, ...more]);
  });

  it('keeps both lanes together within the limit in every window', async () => {
    const limiter = new RateLimiter({ limit: 5, windowMs: 100, marginMs: 0, interactiveReserve: 2 });
    const { grants, ask } = recorder(limiter);
    const all: Promise<void>[] = [];
    // Bulk floods; an interactive call arrives every 30 ms.
    for (let i = 0; i < 60; i++) all.push(ask('bulk'));
    for (let t = 0; t < 1500; t += 30) {
      all.push(ask('interactive'));
      await vi.advanceTimersByTimeAsync(30);
    }
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(all);
    expect(busiestWindow(grants, 100)).toBeLessThanOrEqual(5);
    // Interactive calls are not starved by the flood: each waits at most one window.
    const interactive = grants.filter((g) => g.lane === 'interactive');
    expect(interactive).toHaveLength(50);
    interactive.forEach((g, i) => expect(g.at - i * 30).toBeLessThanOrEqual(100));
  });

  it('does not count interactive calls against the bulk share', async () => {
    const limiter = new RateLimiter({ limit: 5, windowMs: 100, marginMs: 0, interactiveReserve: 1 });
    const { grants, ask } = recorder(limiter);
    await ask('interactive');
    const bulk = Array.from({ length: 4 }, () => ask('bulk'));
    await vi.advanceTimersByTimeAsync(0);
    await Promise.all(bulk);
    expect(grants.filter((g) => g.at === 0)).toHaveLength(5);
  });

  it('refuses a reserve that would leave bulk calls no slot', () => {
    expect(() => new RateLimiter({ limit: 5, interactiveReserve: 5 })).toThrow(ResendConfigError);
    expect(() => new RateLimiter({ limit: 5, interactiveReserve: -1 })).toThrow(/interactiveReserve/);
    expect(new RateLimiter({ limit: 1 }).interactiveReserve).toBe(1);
  });

  it('refuses the newest bulk waiter first when maxQueue is reached', async () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 100, marginMs: 0, maxQueue: 2, interactiveReserve: 1 });
    await limiter.acquire();
    await limiter.acquire();
    const bulk = limiter.acquire(undefined, 'bulk');
    const interactive = [limiter.acquire(), limiter.acquire()];
    await expect(bulk).rejects.toMatchObject({ name: 'queue_full' });
    expect(limiter.queued).toBe(2);
    await vi.advanceTimersByTimeAsync(61_000);
    await Promise.all(interactive);
  });

  it('takes the lane from withRateLimit', async () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 100, marginMs: 0, interactiveReserve: 1 });
    const order: string[] = [];
    const ok = (tag: string) => async () => {
      order.push(tag);
      return new Response('{}');
    };
    const attempt = { url: `${BASE_URL}/emails`, method: 'POST', headers: [], body: null };
    const bulk = withRateLimit(ok('bulk'), limiter, { lane: 'bulk' });
    const interactive = withRateLimit(ok('interactive'), limiter);
    // Bulk borrows the reserve while nobody else asks; the interactive call then overtakes the
    // bulk call that queued before it.
    const sent = [bulk(attempt), bulk(attempt), bulk(attempt), interactive(attempt)];
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['bulk', 'bulk']);
    await vi.advanceTimersByTimeAsync(200);
    await Promise.all(sent);
    expect(order).toEqual(['bulk', 'bulk', 'interactive', 'bulk']);
  });
});

describe('priority per call', () => {
  it('sends a method call with priority "bulk" and a raw call with bulkFetch in the bulk lane', async () => {
    const seen: string[] = [];
    server.use(
      http.post(`${BASE_URL}/emails`, async ({ request }) => {
        seen.push(((await request.json()) as { subject: string }).subject);
        return HttpResponse.json({ id: 'x' });
      }),
    );
    const resend = testClient({ rateLimit: { limit: 2, windowMs: 200, marginMs: 0, interactiveReserve: 1 } });
    const bulk = [1, 2, 3].map((n) => resend.emails.send({ ...email, subject: `bulk ${n}` }, { priority: 'bulk' }));
    const raw = resend.POST('/emails', { body: { ...email, subject: 'raw bulk' }, fetch: resend.bulkFetch });
    const interactive = resend.emails.send({ ...email, subject: 'interactive' });
    await Promise.all([...bulk, raw, interactive]);
    // Bulk takes both slots (the reserve is lent while no interactive call waits); the interactive
    // call then gets the next free slot before the bulk calls that queued first.
    expect(seen.slice(0, 2).sort()).toEqual(['bulk 1', 'bulk 2']);
    expect(seen.slice(2)).toEqual(['interactive', 'bulk 3', 'raw bulk']);
    expect(resend.limiter!.queued).toBe(0);
  });

  it('keeps the lane when timeoutMs or retry is overridden too', async () => {
    const seen: string[] = [];
    server.use(
      http.post(`${BASE_URL}/emails`, async ({ request }) => {
        seen.push(((await request.json()) as { subject: string }).subject);
        return HttpResponse.json({ id: 'x' });
      }),
    );
    const resend = testClient({ rateLimit: { limit: 2, windowMs: 200, marginMs: 0, interactiveReserve: 1 } });
    const bulk = [1, 2, 3].map((n) =>
      resend.emails.send({ ...email, subject: `bulk ${n}` }, { priority: 'bulk', timeoutMs: 5000, retry: false }),
    );
    await Promise.resolve();
    const interactive = resend.emails.send({ ...email, subject: 'interactive' }, { timeoutMs: 5000 });
    await Promise.all([...bulk, interactive]);
    expect(seen.indexOf('interactive')).toBeLessThan(seen.indexOf('bulk 3'));
  });
});

describe('quota usage', () => {
  it('reads the quota headers as numbers, leaving out missing or malformed ones', () => {
    const headers = { 'x-resend-daily-quota': ' 42 ', 'x-resend-monthly-quota': '1200' };
    expect(quotaOf(new Response(null, { headers }), 7)).toEqual({ daily: 42, monthly: 1200, at: 7 });
    expect(quotaOf(new Response(null, { headers: { 'x-resend-monthly-quota': '3' } }), 1)).toEqual({
      monthly: 3,
      at: 1,
    });
    expect(
      quotaOf(new Response(null, { headers: { 'x-resend-daily-quota': '-1', 'x-resend-monthly-quota': '1e3' } })),
    ).toBeUndefined();
    expect(quotaOf(new Response(null))).toBeUndefined();
  });

  it("stamps a quota with the limiter's clock, read only when a quota came", () => {
    const now = vi.fn(() => 1234);
    const limiter = new RateLimiter({ now });
    limiter.observe(new Response(null, { headers: { 'ratelimit-limit': '5' } }));
    expect(now).not.toHaveBeenCalled();
    limiter.observe(new Response(null, { headers: { 'x-resend-daily-quota': '3' } }));
    expect(limiter.quota).toEqual({ daily: 3, at: 1234 });
    expect(now).toHaveBeenCalledTimes(1);
  });

  it('keeps the latest quota usage a call reported on the limiter', async () => {
    let used = 10;
    server.use(
      http.post(`${BASE_URL}/emails`, () =>
        HttpResponse.json({ id: 'x' }, { headers: { 'x-resend-monthly-quota': String(++used) } }),
      ),
      http.get(`${BASE_URL}/domains`, () => HttpResponse.json({ object: 'list', has_more: false, data: [] })),
    );
    const resend = testClient({ rateLimit: {} });
    expect(resend.limiter!.quota).toBeUndefined();
    await resend.emails.send(email);
    await resend.emails.send(email);
    expect(resend.limiter!.quota).toMatchObject({ monthly: 12 });
    expect(resend.limiter!.quota!.daily).toBeUndefined();
    // A response without the headers leaves the last figures in place.
    await resend.domains.list();
    expect(resend.limiter!.quota).toMatchObject({ monthly: 12 });
  });
});
