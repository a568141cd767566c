/**
 * Redis going away: a run of 200 sends during which redis-server is SIGKILLed and restarted
 * completes with every email sent exactly once; and waiting follows shared state, not only this
 * process's own releases.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient, isResendError, unwrap } from '@resendkit/client';
import { expectErrorModel } from '../../client/test/error-shape.js';
import { RateLimiter } from '@resendkit/client/compose';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { type ClientKind, openClient } from './support/clients.js';
import { type TestRedis, startOwnRedis } from './support/redis-server.js';

let server: TestRedis;
beforeAll(async () => {
  server = await startOwnRedis();
});
afterAll(async () => {
  await server?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each<ClientKind>(['node-redis', 'ioredis'])('with %s', (kind) => {
  it('redis-server killed and restarted mid-run of 200 sends: each email sent exactly once, the run completes', async () => {
    const fake = createFakeResend({ requestsPerWindow: 20, windowMs: 100, domains: ['acme.dev'] });
    const http = await listen(fake);
    const baseUrl = http.url;
    const c = await openClient(kind, server.url);
    try {
      const faults: string[] = [];
      const store = redisRateLimitStore(c.client, {
        key: `outage:${randomUUID()}`,
        leaseMs: 2000,
        onError: (f) => faults.push(f.operation),
      });
      const resend = createResendClient({
        apiKey: 're_test_0123456789abcdef',
        baseUrl,
        rateLimit: { store, limit: 20, windowMs: 100 },
      });
      let unavailable = 0;
      // The application's loop: a send refused for an unreachable store sent nothing, so it is tried
      // again (same idempotency key, so even a doubt could not double it).
      const sendOne = async (i: number) => {
        for (;;) {
          const { data, error } = await resend.POST('/emails', {
            body: { from: 'Acme <hi@acme.dev>', to: `delivered+u${i}@resend.dev`, subject: `#${i}`, text: 'Hi' },
            headers: { 'Idempotency-Key': `email-${i}` },
          });
          if (data) return data.id;
          if (error.name !== 'rate_limit_store_unavailable') throw new Error(`send ${i}: ${error.name}`);
          unavailable++;
          await sleep(50);
        }
      };
      const run = Promise.all(Array.from({ length: 200 }, (_, i) => sendOne(i)));
      while (fake.state.emails.size < 60) await sleep(5);
      await server.kill();
      await sleep(300);
      const sentDuringOutage = fake.state.emails.size;
      await server.start();
      const ids = await run;
      expect(new Set(ids).size).toBe(200);
      const emails = fake.state.emails.all();
      expect(emails).toHaveLength(200);
      expect(new Set(emails.map((e) => e.idempotency_key)).size).toBe(200);
      expect(sentDuringOutage).toBeLessThan(200);
      expect(unavailable).toBeGreaterThan(0);
      expect(faults).toContain('acquire');
    } finally {
      await c.close();
      await http.close();
    }
  }, 60_000);
});

it("a waiting process gets a slot soon after another process releases, not after that slot's lease", async () => {
  const a = await openClient('node-redis', server.url);
  const b = await openClient('ioredis', server.url);
  try {
    const key = `wake:${randomUUID()}`;
    const holder = redisRateLimitStore(a.client, { key, leaseMs: 20_000 });
    const slots: number[] = [];
    for (let i = 0; i < 3; i++) slots.push((await holder.tryAcquire(0, 3, 100)).slot as number);
    const limiter = new RateLimiter({
      limit: 3,
      windowMs: 100,
      marginMs: 0,
      store: redisRateLimitStore(b.client, { key }),
    });
    const waited = limiter.acquire();
    await sleep(200);
    const releasedAt = performance.now();
    await Promise.all(slots.map((s) => holder.release(s, 0, 100)));
    const release = await waited;
    const latency = performance.now() - releasedAt;
    release();
    // One window after the release, plus at most one poll interval (50 ms) and scheduling slack.
    expect(latency).toBeGreaterThanOrEqual(90);
    expect(latency).toBeLessThan(1500);
  } finally {
    await a.close();
    await b.close();
  }
});

it('with Redis unreachable, a send fails with rate_limit_store_unavailable naming POST /emails, and nothing reaches the API', async () => {
  const fake = createFakeResend({ requestsPerWindow: 5, windowMs: 100, domains: ['acme.dev'] });
  const http = await listen(fake);
  const baseUrl = http.url;
  const c = await openClient('node-redis', server.url);
  try {
    const store = redisRateLimitStore(c.client, { key: `down:${randomUUID()}` });
    const resend = createResendClient({ apiKey: 're_test_0123456789abcdef', baseUrl, rateLimit: { store } });
    await server.kill();
    const result = await resend.POST('/emails', {
      body: { from: 'a@acme.dev', to: 'delivered@resend.dev', subject: 's', text: 't' },
    });
    expect(result.error?.name).toBe('rate_limit_store_unavailable');
    expect(fake.state.counters.requests).toBe(0);
    // Made by the store before the request was known, the error still names the call it stopped.
    const thrown = (() => {
      try {
        return unwrap(result);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toMatchObject({
      code: 'rate_limit_store_unavailable',
      method: 'POST',
      path: '/emails',
      statusCode: null,
    });
    expectErrorModel(thrown, 'ResendError', isResendError, {
      statusCode: null,
      retryAfter: null,
      method: 'POST',
      path: '/emails',
      maybeSent: false,
    });
    await server.start();
  } finally {
    await c.close();
    await http.close();
  }
});
