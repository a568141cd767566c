/**
 * Several clients of both libraries in one process, each with its own limiter, contend for one key:
 * the server never sees more than the limit in a window (0 × 429), and every email goes out once.
 */
import { randomUUID } from 'node:crypto';
import { RateLimiter } from '@resendkit/client/compose';
import { createFakeResend } from '@resendkit/mock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { redisRateLimitStore } from '../src/index.js';
import { type TestClient, openClient } from './support/clients.js';
import { type TestRedis, testRedis } from './support/redis-server.js';

let server: TestRedis;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await testRedis();
  for (let i = 0; i < 6; i++) clients.push(await openClient(i % 2 ? 'node-redis' : 'ioredis', server.url));
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await server?.stop();
});

it('six clients contending for one key stay within the limit: 0 × 429, each email once', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 5, windowMs: 100 });
  const key = `contend:${randomUUID()}`;
  const send = async (limiter: RateLimiter, id: string) => {
    const release = await limiter.acquire();
    try {
      const response = await fake.fetch(
        new Request('https://api.resend.com/emails', {
          method: 'POST',
          headers: {
            authorization: 'Bearer re_test_0123456789abcdef',
            'content-type': 'application/json',
            'user-agent': 'resendkit-redis-test',
          },
          body: JSON.stringify({ from: 'a@acme.dev', to: `delivered+${id}@resend.dev`, subject: id, text: 't' }),
        }),
      );
      return response.status;
    } finally {
      release();
    }
  };
  const statuses = await Promise.all(
    clients.flatMap((c, who) => {
      const limiter = new RateLimiter({ limit: 5, windowMs: 100, store: redisRateLimitStore(c.client, { key }) });
      return Array.from({ length: 10 }, (_, i) => send(limiter, `c${who}-${i}`));
    }),
  );
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  expect(fake.state.counters.rateLimited).toBe(0);
  expect(fake.state.emails.size).toBe(60);
});
