/**
 * The store's edges: adopted limits stay per process unless shared (bounded, and lowered as readily
 * as raised), a client passed before its first connection works from the first send, `settled()`
 * waits for an acquire still in flight, and distinct keys never share a window.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createResendClient } from '@resendkit/client';
import { RateLimiter } from '@resendkit/client/compose';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { describe, expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { useClientPair } from './support/clients.js';

const pair = useClientPair();

const key = () => `hard:${randomUUID()}`;

/** Slots `store` hands out at once for `limit` (none released). */
async function burst(store: ReturnType<typeof redisRateLimitStore>, limit: number, tries = 12): Promise<number> {
  let granted = 0;
  for (let i = 0; i < tries; i++) if ((await store.tryAcquire(0, limit, 500)).slot !== undefined) granted++;
  return granted;
}

describe('adopted limits', () => {
  it('stay in the process that adopted them unless the stores share them', async () => {
    const k = key();
    const adopter = redisRateLimitStore(pair.a.client, { key: k });
    const other = redisRateLimitStore(pair.b.client, { key: k });
    await adopter.setLimit(10);
    // The other process keeps its own limit of 3.
    expect(await burst(other, 3)).toBe(3);
  });

  it('a process not adopting keeps its limit while another adopts a higher one from the server: 0 × 429', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 4, windowMs: 300 });
    const http = await listen(fake);
    try {
      const k = key();
      // One process believes the server's advertised limit is higher than the team's (a stale or
      // wrong header); the other was told not to adopt.
      const adopting = new RateLimiter({
        limit: 2,
        windowMs: 300,
        store: redisRateLimitStore(pair.a.client, { key: k }),
      });
      adopting.setLimit(20);
      const fixed = createResendClient({
        apiKey: 're_test_0123456789abcdef',
        baseUrl: http.url,
        retry: false,
        rateLimit: {
          limit: 4,
          windowMs: 300,
          adoptServerLimit: false,
          store: redisRateLimitStore(pair.b.client, { key: k }),
        },
      });
      await new Promise((r) => setTimeout(r, 50));
      const sent = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          fixed.emails.send({ from: 'a@acme.dev', to: `delivered+x${i}@resend.dev`, subject: 's', text: 't' }),
        ),
      );
      expect(sent.filter((r) => r.error).map((r) => r.error?.name)).toEqual([]);
      expect(fake.state.counters.rateLimited).toBe(0);
    } finally {
      await http.close();
    }
  });

  it('shared on request: capped at 100, and a lower one replaces a higher one', async () => {
    const k = key();
    const s1 = redisRateLimitStore(pair.a.client, { key: k, shareAdoptedLimit: true });
    const s2 = redisRateLimitStore(pair.b.client, { key: k, shareAdoptedLimit: true });
    await s1.setLimit(4);
    expect(await burst(s2, 50)).toBe(4);
    const k2 = key();
    const t1 = redisRateLimitStore(pair.a.client, { key: k2, shareAdoptedLimit: true });
    const t2 = redisRateLimitStore(pair.b.client, { key: k2, shareAdoptedLimit: true });
    await t1.setLimit(1_000_000);
    expect(await burst(t2, 5, 120)).toBe(100);
    const k3 = key();
    const u1 = redisRateLimitStore(pair.a.client, { key: k3, shareAdoptedLimit: true });
    const u2 = redisRateLimitStore(pair.b.client, { key: k3, shareAdoptedLimit: true });
    await u1.setLimit(8);
    await u2.setLimit(2);
    expect(await burst(u1, 5)).toBe(2);
  });

  it('refuses a non-boolean shareAdoptedLimit', () => {
    expect(() =>
      redisRateLimitStore(pair.a.client, { key: key(), shareAdoptedLimit: 'yes' as unknown as boolean }),
    ).toThrow(/shareAdoptedLimit/);
  });
});

describe('a client passed before its first connection', () => {
  it('ioredis as the README shows it (`new Redis(url)`, no await): the first sends go out', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 10, windowMs: 200 });
    const http = await listen(fake);
    const redis = new Redis(pair.server.url);
    try {
      const store = redisRateLimitStore(redis, { key: key() });
      const resend = createResendClient({
        apiKey: 're_test_0123456789abcdef',
        baseUrl: http.url,
        rateLimit: { store },
      });
      const results = await Promise.all(
        [1, 2, 3].map((i) =>
          resend.emails.send({ from: 'a@acme.dev', to: `delivered+r${i}@resend.dev`, subject: 's', text: 't' }),
        ),
      );
      expect(results.map((r) => r.error?.name)).toEqual([undefined, undefined, undefined]);
      await store.settled();
    } finally {
      redis.disconnect();
      await http.close();
    }
  });

  it('node-redis whose connect() is not awaited: the first acquire waits for it', async () => {
    const nr = createClient({ url: pair.server.url });
    const connecting = nr.connect();
    try {
      const store = redisRateLimitStore(nr as never, { key: key() });
      expect((await store.tryAcquire(0, 5, 100)).slot).toBeDefined();
    } finally {
      await connecting;
      await nr.disconnect();
    }
  });

  it.each(['ioredis', 'node-redis'] as const)(
    '%s: one `ready` listener however many stores and calls wait for the first connection, none after',
    async (kind) => {
      const nr = kind === 'node-redis' ? createClient({ url: pair.server.url }) : undefined;
      const connecting = nr?.connect();
      const client = nr ?? new Redis(pair.server.url);
      try {
        const before = client.listenerCount('ready');
        const stores = Array.from({ length: 12 }, () => redisRateLimitStore(client as never, { key: key() }));
        const acquires = stores.flatMap((store) => [store.tryAcquire(0, 5, 100), store.tryAcquire(0, 5, 100)]);
        // An emitter warns past ten listeners (MaxListenersExceededWarning): 24 waits, one listener.
        expect(client.listenerCount('ready')).toBe(before + 1);
        const slots = (await Promise.all(acquires)).map((result) => result.slot);
        expect(slots.every((slot) => slot !== undefined)).toBe(true);
        expect(client.listenerCount('ready')).toBe(before);
      } finally {
        await connecting;
        if (nr) await nr.disconnect();
        else (client as Redis).disconnect();
      }
    },
  );

  it('a client that never connects fails after commandTimeoutMs, not before and not never', async () => {
    const redis = new Redis('redis://127.0.0.1:1', { retryStrategy: () => 50, maxRetriesPerRequest: 1 });
    redis.on('error', () => {});
    try {
      const store = redisRateLimitStore(redis, { key: key(), commandTimeoutMs: 150 });
      const started = performance.now();
      await expect(store.tryAcquire(0, 5, 100)).rejects.toMatchObject({ name: 'rate_limit_store_unavailable' });
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      redis.disconnect();
    }
  });
});

describe('settled()', () => {
  it('waits for an acquire still in flight and gives its late slot back', async () => {
    const k = key();
    const slow = redisRateLimitStore(pair.a.client, { key: k, commandTimeoutMs: 50 });
    const other = redisRateLimitStore(pair.b.client, { key: k });
    // Redis answers nobody for 300 ms: the acquire times out here, and its slot is granted later.
    await pair.b.raw(['CLIENT', 'PAUSE', '300', 'ALL']);
    await expect(slow.tryAcquire(0, 1, 60_000)).rejects.toMatchObject({ name: 'rate_limit_store_unavailable' });
    await slow.settled();
    // The late slot was handed back: with a limit of 1, the other process gets the slot now.
    expect((await other.tryAcquire(0, 1, 60_000)).slot).toBeDefined();
  });
});

describe('keys', () => {
  it('never lets two different keys share a window (braces are escaped injectively)', async () => {
    const id = randomUUID();
    const braces = redisRateLimitStore(pair.a.client, { key: `acme{eu}${id}` });
    const parens = redisRateLimitStore(pair.a.client, { key: `acme(eu)${id}` });
    const escaped = redisRateLimitStore(pair.a.client, { key: `acme%7Beu%7D${id}` });
    expect((await braces.tryAcquire(0, 1, 60_000)).slot).toBeDefined();
    expect((await parens.tryAcquire(0, 1, 60_000)).slot).toBeDefined();
    expect((await escaped.tryAcquire(0, 1, 60_000)).slot).toBeDefined();
    expect(new Set([braces.keys[0], parens.keys[0], escaped.keys[0]]).size).toBe(3);
    expect(braces.keys[0]).toBe(`{acme%7Beu%7D${id}}:slots`);
  });
});
