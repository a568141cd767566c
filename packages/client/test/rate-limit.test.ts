import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import createClient from 'openapi-fetch';
import type { paths } from '@resendkit/types';
import {
  MemoryRateLimitStore,
  RateLimiter,
  ResendConfigError,
  type Send,
  changeAttempt,
  createResendClient,
  fetchSend,
  toFetch,
  withAuth,
  withRateLimit,
} from './api.js';
import { API_KEY, BASE_URL, email, testClient, useServer } from './helpers.js';

const server = useServer();

/**
 * A `fetch` standing for a server that enforces a strict sliding window (request N+1 within any
 * `windowMs` of its arrival gets a 429) and answers after `latencyMs`. It runs on the test's clock,
 * so with fake timers a run of many windows takes no real time.
 */
function strictWindowFetch(limit: number, windowMs: number, latencyMs: number) {
  const accepted: number[] = [];
  let rejected = 0;
  const answer = (body: unknown, status: number, headers: Record<string, string>) =>
    new Promise<Response>((resolve) => setTimeout(() => resolve(Response.json(body, { status, headers })), latencyMs));
  const fetch = async (request: Request): Promise<Response> => {
    expect(new URL(request.url).pathname).toBe('/emails');
    const now = Date.now();
    if (accepted.filter((t) => t > now - windowMs).length >= limit) {
      rejected++;
      return answer({ statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' }, 429, {
        'retry-after': '1',
        'ratelimit-limit': String(limit),
      });
    }
    accepted.push(now);
    return answer({ id: String(accepted.length) }, 200, { 'ratelimit-limit': String(limit) });
  };
  return { fetch, accepted, rejected: () => rejected };
}

describe('rate limiting', () => {
  it('sends a burst of 100 concurrent calls with zero 429s, close to the allowed rate', async () => {
    // Resend's real window (5 per second) on a fake clock: 19 windows pass in no real time, and the
    // server's answers take a round trip of 30 ms, which a slot also waits for (it counts until one
    // window after its response: the only sure bound on when the server saw it).
    vi.useFakeTimers();
    try {
      const limit = 5;
      const windowMs = 1000;
      const srv = strictWindowFetch(limit, windowMs, 30);
      const resend = testClient({ rateLimit: { limit, windowMs }, retry: false, fetch: srv.fetch });
      const all = Promise.all(Array.from({ length: 100 }, () => resend.POST('/emails', { body: email })));
      await vi.runAllTimersAsync();
      const results = await all;

      expect(srv.rejected()).toBe(0);
      expect(results.filter((r) => r.error !== undefined)).toEqual([]);
      expect(srv.accepted).toHaveLength(100);
      // After the first window's `limit`, each further window admits `limit` more: 95 calls need 19
      // windows. Each costs the window, its margin (1 %) and one round trip (3 %): above 0.95 of the ideal
      // rate (the bench's target) on a fake clock that adds nothing. Waiting two windows per cohort gives 0.50.
      const span = (srv.accepted.at(-1) as number) - (srv.accepted[0] as number);
      const ideal = ((100 - limit) / limit) * windowMs;
      expect(ideal / span).toBeGreaterThan(0.95);
      expect(ideal / span).toBeLessThanOrEqual(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('serves waiting calls first in, first out', async () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 20 });
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        limiter.acquire().then((release) => {
          order.push(i);
          release();
        }),
      ),
    );
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('acquireNow takes a free slot at once, and takes nothing while the window is full or a call waits', async () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 10_000, marginMs: 0 });
    const first = limiter.acquireNow();
    expect(first).toBeTypeOf('function');
    // Bulk borrows the interactive reserve while no interactive call waits.
    const second = limiter.acquireNow('bulk');
    expect(second).toBeTypeOf('function');
    expect(limiter.acquireNow()).toBeUndefined();
    const stop = new AbortController();
    let granted = false;
    const waiting = limiter.acquire(stop.signal).then(
      () => (granted = true),
      (error: unknown) => error,
    );
    expect(limiter.queued).toBe(1);
    expect(limiter.acquireNow('bulk')).toBeUndefined();
    // A released slot still counts until the window after its response ends: nothing is taken.
    first?.();
    second?.();
    expect(limiter.acquireNow()).toBeUndefined();
    await Promise.resolve();
    expect(granted).toBe(false);
    stop.abort(new Error('gave up'));
    expect(await waiting).toMatchObject({ message: 'gave up' });
    expect(limiter.queued).toBe(0);
  });

  it('acquireNow gives nothing with a store that answers asynchronously', () => {
    const memory = new MemoryRateLimitStore();
    const limiter = new RateLimiter({
      limit: 5,
      store: {
        tryAcquire: async (now, limit, windowMs) => memory.tryAcquire(now, limit, windowMs),
        release: (slot, now, windowMs) => memory.release(slot, now, windowMs),
        pauseUntil: (until) => memory.pauseUntil(until),
      },
    });
    expect(limiter.acquireNow()).toBeUndefined();
  });

  it('counts a request still in flight however long it takes, then one window after its response', async () => {
    vi.useFakeTimers();
    try {
      const limiter = new RateLimiter({ limit: 1, windowMs: 100, marginMs: 0 });
      const release = await limiter.acquire();
      let granted = false;
      const second = limiter.acquire().then((r) => ((granted = true), r));
      // Far past the window: the first request may not have reached the server yet.
      await vi.advanceTimersByTimeAsync(5_000);
      expect(granted).toBe(false);
      release();
      await vi.advanceTimersByTimeAsync(99);
      expect(granted).toBe(false);
      await vi.advanceTimersByTimeAsync(2);
      expect(granted).toBe(true);
      (await second)();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not miss a release that lands while an async store is answering', async () => {
    vi.useFakeTimers();
    try {
      const memory = new MemoryRateLimitStore();
      let gate: (() => void) | undefined;
      const limiter = new RateLimiter({
        limit: 1,
        windowMs: 100,
        marginMs: 0,
        store: {
          async tryAcquire(now, limit, windowMs) {
            const answer = memory.tryAcquire(now, limit, windowMs);
            if (answer.slot === undefined && gate === undefined) await new Promise<void>((resolve) => (gate = resolve));
            return answer;
          },
          release: (slot, now, windowMs) => memory.release(slot, now, windowMs),
          pauseUntil: (until) => memory.pauseUntil(until),
        },
      });
      const release = await limiter.acquire();
      let granted = false;
      void limiter.acquire().then(() => (granted = true));
      await vi.waitFor(() => expect(gate).toBeDefined());
      // The store answered "wait" (the first slot is in flight, ~a minute) before hearing of this release.
      release();
      await vi.advanceTimersByTimeAsync(0);
      gate?.();
      await vi.advanceTimersByTimeAsync(101);
      expect(granted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('frees a slot whose release never comes after a minute', async () => {
    vi.useFakeTimers();
    try {
      const limiter = new RateLimiter({ limit: 1, windowMs: 100, marginMs: 0 });
      await limiter.acquire();
      let granted = false;
      void limiter.acquire().then(() => (granted = true));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(granted).toBe(false);
      await vi.advanceTimersByTimeAsync(101);
      expect(granted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('creates no timer until a call has to wait', async () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    try {
      const limiter = new RateLimiter({ limit: 2, windowMs: 50 });
      (await limiter.acquire())();
      (await limiter.acquire())();
      expect(spy).not.toHaveBeenCalled();
      (await limiter.acquire())();
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('cancels a queued call at once when its signal aborts', async () => {
    let requests = 0;
    server.use(http.get(`${BASE_URL}/emails/:id`, () => (requests++, HttpResponse.json({ object: 'email', id: 'x' }))));
    const resend = testClient({ rateLimit: { limit: 1, windowMs: 60_000 } });
    await resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    const controller = new AbortController();
    const queued = resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } }, signal: controller.signal });
    await vi.waitFor(() => expect(resend.limiter?.queued).toBe(1));
    const reason = new Error('user gave up');
    const started = performance.now();
    controller.abort(reason);
    await expect(queued).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(500);
    expect(resend.limiter?.queued).toBe(0);
    expect(requests).toBe(1);
  });

  it('rejects with a typed queue_full error when the bounded queue is full', async () => {
    server.use(http.get(`${BASE_URL}/emails/:id`, () => HttpResponse.json({ object: 'email', id: 'x' })));
    const resend = testClient({ rateLimit: { limit: 1, windowMs: 60_000, maxQueue: 1 } });
    const controller = new AbortController();
    const get = () =>
      resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } }, signal: controller.signal });
    const first = await get();
    expect(first.data?.id).toBe('x');
    const waiting = get();
    await vi.waitFor(() => expect(resend.limiter?.queued).toBe(1));
    const refused = await get();
    expect(refused.error).toEqual({
      statusCode: null,
      name: 'queue_full',
      message: expect.stringContaining('queue is full'),
    });
    expect(refused.response.status).toBe(599);
    controller.abort();
    await expect(waiting).rejects.toThrow();
  });

  it('pauses every waiter on a 429 until retry-after', async () => {
    vi.useFakeTimers();
    try {
      const limiter = new RateLimiter({ limit: 10, windowMs: 1000 });
      limiter.observe(new Response(null, { status: 429, headers: { 'retry-after': '2' } }));
      await Promise.resolve();
      let released = 0;
      const waits = [limiter.acquire(), limiter.acquire()].map((p) => p.then(() => released++));
      await vi.advanceTimersByTimeAsync(1900);
      expect(released).toBe(0);
      await vi.advanceTimersByTimeAsync(200);
      await Promise.all(waits);
      expect(released).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('pauses every waiter on a 429 until ratelimit-reset when retry-after is absent', async () => {
    vi.useFakeTimers();
    try {
      const limiter = new RateLimiter({ limit: 10, windowMs: 1000 });
      limiter.observe(new Response(null, { status: 429, headers: { 'ratelimit-reset': '3' } }));
      await Promise.resolve();
      let released = 0;
      const wait = limiter.acquire().then(() => released++);
      await vi.advanceTimersByTimeAsync(2900);
      expect(released).toBe(0);
      await vi.advanceTimersByTimeAsync(200);
      await wait;
      expect(released).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('adopts the ratelimit-limit the server advertises', async () => {
    server.use(
      http.get(`${BASE_URL}/emails/:id`, () =>
        HttpResponse.json({ object: 'email', id: 'x' }, { headers: { 'ratelimit-limit': '4' } }),
      ),
    );
    const resend = testClient({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const get = () => resend.GET('/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    await get();
    expect(resend.limiter?.limit).toBe(4);
    // With the adopted limit three more calls fit in the same (minute-long) window.
    const started = performance.now();
    await Promise.all([get(), get(), get()]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('shares one limiter between clients of the same base URL, and separates teams', async () => {
    let requests = 0;
    server.use(http.get(`${BASE_URL}/emails/:id`, () => (requests++, HttpResponse.json({ object: 'email', id: 'x' }))));
    const options = { apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: { limit: 2, windowMs: 60_000 } } as const;
    const a = createResendClient(options);
    const b = createResendClient({ ...options, apiKey: 're_another_key_of_the_team' });
    const other = createResendClient({ ...options, rateLimit: { ...options.rateLimit, team: 'other' } });
    expect(a.limiter).toBe(b.limiter);
    expect(other.limiter).not.toBe(a.limiter);

    const params = { params: { path: { email_id: 'x' } } };
    await a.GET('/emails/{email_id}', params);
    await b.GET('/emails/{email_id}', params);
    const controller = new AbortController();
    const third = a.GET('/emails/{email_id}', { ...params, signal: controller.signal });
    await vi.waitFor(() => expect(a.limiter?.queued).toBe(1));
    expect(requests).toBe(2);
    controller.abort();
    await expect(third).rejects.toThrow();
  });

  it('refuses a second client of the same base URL asking for other limiter settings, naming them', () => {
    const first = createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: { limit: 2, windowMs: 60_000 } });
    let thrown: unknown;
    try {
      createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: { limit: 50 } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ResendConfigError);
    expect(thrown).toMatchObject({ code: 'invalid_option' });
    expect((thrown as Error).message).toContain('limit: 2');
    expect((thrown as Error).message).toContain('windowMs: 60000');
    expect((thrown as Error).message).not.toContain(API_KEY);
    // Defaults differ from { limit: 2 } too; the same settings, a team or an own limiter are fine.
    expect(() => createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL })).toThrow(ResendConfigError);
    const same = createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: { windowMs: 60_000, limit: 2 } });
    expect(same.limiter).toBe(first.limiter);
    const team = createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: { limit: 50, team: 'bulk' } });
    expect(team.limiter?.limit).toBe(50);
    const own = createResendClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      rateLimit: { limiter: new RateLimiter({ limit: 9 }) },
    });
    expect(own.limiter?.limit).toBe(9);
  });

  it.each([
    ['neither a slot nor a wait', {}],
    ['no object at all', null],
    ['a negative wait', { waitMs: -5 }],
  ])(
    'stops the calls of a custom store answering %s with rate_limit_store_unavailable, instead of polling forever',
    async (_what, answer) => {
      let asked = 0;
      const store = {
        tryAcquire: () => (asked++, answer as never),
        release: () => undefined,
        pauseUntil: () => undefined,
      };
      const fetch = vi.fn(async () => Response.json({ id: 'e-1' }));
      const resend = testClient({ fetch, rateLimit: { limit: 1, store } });
      const { error } = await resend.emails.send(email);
      expect(error).toMatchObject({ name: 'rate_limit_store_unavailable', statusCode: null });
      expect(error?.message).toContain('tryAcquire');
      expect(fetch).not.toHaveBeenCalled();
      expect(asked).toBe(1);
    },
  );

  it('names a custom store that throws as the store failing, keeping its error as the cause, and sends nothing', async () => {
    const broken = new Error('connection pool exhausted');
    const store = {
      tryAcquire: () => Promise.reject(broken),
      release: () => undefined,
      pauseUntil: () => undefined,
    };
    const fetch = vi.fn(async () => Response.json({ id: 'e-1' }));
    const { error } = await testClient({ fetch, rateLimit: { limit: 1, store } }).emails.send(email);
    expect(error).toMatchObject({ name: 'rate_limit_store_unavailable', statusCode: null });
    expect(error?.message).toContain('connection pool exhausted');
    expect((error as { cause?: unknown }).cause).toBe(broken);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('names a store or clock a shared limiter already has by its kind, not as [object Object] or its source', () => {
    const store = new MemoryRateLimitStore();
    const now = () => Date.now() + 0x5ec7e7;
    createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: { store, now } });
    const other = () =>
      createResendClient({ apiKey: API_KEY, baseUrl: BASE_URL, rateLimit: { store: new MemoryRateLimitStore() } });
    expect(other).toThrow(/store: its own object, now: its own function/);
    expect(other).not.toThrow(/object Object|0x5ec7e7/);
  });

  it('keeps its state behind a store that can be swapped', async () => {
    const calls: string[] = [];
    const memory = new MemoryRateLimitStore();
    const limiter = new RateLimiter({
      limit: 3,
      windowMs: 1000,
      store: {
        async tryAcquire(now, limit, windowMs) {
          calls.push(`acquire ${limit}/${windowMs}`);
          return memory.tryAcquire(now, limit, windowMs);
        },
        release: (slot, now, windowMs) => {
          calls.push(`release ${slot}/${windowMs}`);
          memory.release(slot, now, windowMs);
        },
        pauseUntil: (until) => memory.pauseUntil(until),
      },
    });
    const release = await limiter.acquire();
    release();
    await vi.waitFor(() => expect(calls).toEqual(['acquire 3/1010', 'release 1/1010']));
  });

  it('frees exactly the released slots of a large limit, after dropping slots that stopped counting', () => {
    const store = new MemoryRateLimitStore();
    const limit = 300;
    // 300 slots at t=0; the even ones answered at t=0, the odd ones still in flight.
    const slots = Array.from({ length: limit }, () => store.tryAcquire(0, limit, 100).slot as number);
    expect(store.tryAcquire(0, limit, 100)).toEqual({ waitMs: 60_100 });
    for (const slot of slots.filter((s) => s % 2 === 0).reverse()) store.release(slot, 0, 100);
    // One window later the 150 answered ones are free, and no more.
    const granted = Array.from({ length: 200 }, () => store.tryAcquire(101, limit, 100)).filter(
      (r) => r.slot !== undefined,
    );
    expect(granted).toHaveLength(150);
    // Slots taken after the list was pruned are still found by their release.
    for (const r of granted) store.release(r.slot as number, 101, 100);
    expect(store.tryAcquire(202, limit, 100).slot).toBeDefined();
  });

  it('waits for an async store subclassing the in-memory one, without taking a slot twice', async () => {
    let taken = 0;
    class LaterStore extends MemoryRateLimitStore {
      override tryAcquire(now: number, limit: number, windowMs: number) {
        const result = super.tryAcquire(now, limit, windowMs);
        if (result.slot !== undefined) taken++;
        return Promise.resolve(result) as unknown as ReturnType<MemoryRateLimitStore['tryAcquire']>;
      }
    }
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, store: new LaterStore() });
    const first = await limiter.acquire();
    await limiter.acquire();
    let third = false;
    void limiter.acquire().then(() => (third = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(taken).toBe(2);
    expect(third).toBe(false);
    first();
    expect(limiter.queued).toBe(1);
  });
});

describe("the limiter learning from a response's origin", () => {
  /** A `fetch` answering with `ratelimit-limit: 7`, its response saying it came from `claimedUrl`; counts reads of `url`. */
  function countingFetch(claimedUrl: (request: Request) => string) {
    const seen = { urlReads: 0, redirects: [] as RequestRedirect[] };
    const fetch = async (request: Request): Promise<Response> => {
      seen.redirects.push(request.redirect);
      const response = Response.json({ id: 'e-1' }, { headers: { 'ratelimit-limit': '7' } });
      const url = claimedUrl(request);
      return Object.defineProperty(response, 'url', { get: () => (seen.urlReads++, url) });
    };
    return { fetch, seen };
  }

  it('takes the origin of a response to a manual-redirect attempt from the attempt, without reading response.url', async () => {
    // On Deno every read of `response.url` serialises the URL again; the limiter asks on every call.
    const { fetch, seen } = countingFetch((request) => request.url);
    const resend = testClient({ rateLimit: { limit: 2, windowMs: 50 }, retry: false, fetch });
    const { data } = await resend.emails.send(email);
    expect(data?.id).toBe('e-1');
    expect(seen.redirects).toEqual(['manual']);
    expect(resend.limiter?.limit).toBe(7);
    expect(seen.urlReads).toBe(0);
  });

  it("still reads response.url when the platform may have followed a redirect, and ignores another origin's limit", async () => {
    const { fetch, seen } = countingFetch(() => 'https://elsewhere.example/e');
    const limiter = new RateLimiter({ limit: 2, windowMs: 50 });
    const following: Send = (attempt) => fetchSend(fetch)(changeAttempt(attempt, { redirect: 'follow' }));
    const client = createClient<paths>({
      baseUrl: BASE_URL,
      fetch: toFetch(withRateLimit(withAuth(following, API_KEY), limiter)),
    });
    const { data } = await client.POST('/emails', { body: email });
    expect(data?.id).toBe('e-1');
    expect(seen.redirects).toEqual(['follow']);
    expect(seen.urlReads).toBeGreaterThan(0);
    expect(limiter.limit).toBe(2);
  });
});
