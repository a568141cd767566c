/**
 * A batch's answer is recorded with it: jobs of an answered batch that come back after their worker
 * died (in pieces, collected by other workers) are settled from that answer, with no request of
 * their own, and pieces of an unanswered batch replayed at once make one request between them, so
 * the replays of a crash do not eat into the rate limit.
 */
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import type { Job } from 'bullmq';
import { expect, it, vi } from 'vitest';
import { recordKeys } from '../src/keys.js';
import { type RecordStore, sendJobs } from '../src/send.js';
import { useTestRedisClient } from './support/connection.js';

const db = useTestRedisClient();

const jobs = (prefix: string) =>
  Array.from(
    { length: 10 },
    (_, i) =>
      ({
        id: `${prefix}-${i}`,
        data: {
          email: { from: 'Acme <news@acme.dev>', to: `delivered+${i}@resend.dev`, subject: `#${i}`, text: 'Hi' },
        },
      }) as unknown as Job,
  );

it('settles the returning jobs of an answered batch from its recorded answer, without another request', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'] });
  const http = await listen(fake);
  try {
    const client = createResendClient({ apiKey: 're_test_0123456789abcdef', baseUrl: http.url, rateLimit: false });
    const ctx = {
      client,
      redis: db.client as unknown as RecordStore,
      keys: recordKeys('bull', `answers-${Date.now()}`),
    };
    const held = jobs('a');
    const first = await sendJobs(held, ctx);
    expect(fake.state.counters.requests).toBe(1);
    // The worker died before completing them: they come back split between two other workers.
    const [left, right] = await Promise.all([sendJobs(held.slice(0, 4), ctx), sendJobs(held.slice(4), ctx)]);
    expect(fake.state.counters.requests).toBe(1);
    expect([...left, ...right].sort()).toEqual([...first].sort());
    expect([...first.values()].every((o) => o.kind === 'sent')).toBe(true);
    expect(fake.state.emails.all()).toHaveLength(10);
  } finally {
    await http.close();
  }
});

it('replays a recorded batch whose pieces come back to two workers at once with one request between them', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'] });
  const http = await listen(fake);
  try {
    const keys = recordKeys('bull', `pieces-${Date.now()}`);
    const redisStore = db.client as unknown as RecordStore;
    // The first worker recorded the batch, then its request never reached Resend.
    const lost = createResendClient({
      apiKey: 're_test_0123456789abcdef',
      baseUrl: http.url,
      rateLimit: false,
      retry: false,
      fetch: () => Promise.reject(new TypeError('connection refused')),
    });
    const held = jobs('b');
    const first = await sendJobs(held, { client: lost, redis: redisStore, keys });
    expect([...first.values()].every((o) => o.kind === 'failed')).toBe(true);
    expect(fake.state.counters.requests).toBe(0);
    const client = createResendClient({ apiKey: 're_test_0123456789abcdef', baseUrl: http.url, rateLimit: false });
    const ctx = { client, redis: redisStore, keys };
    const [left, right] = await Promise.all([sendJobs(held.slice(0, 3), ctx), sendJobs(held.slice(3), ctx)]);
    expect(fake.state.counters.requests).toBe(1);
    const all = [...left.values(), ...right.values()];
    expect(all).toHaveLength(10);
    expect(all.every((o) => o.kind === 'sent')).toBe(true);
    expect(fake.state.emails.all()).toHaveLength(10);
  } finally {
    await http.close();
  }
});

it("a worker waiting for another worker's replay keeps waiting when the wall clock jumps forward", async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const keys = recordKeys('bull', `jump-${Date.now()}`);
  const store = db.client as unknown as RecordStore;
  let refusedClaims = 0;
  const redisStore: RecordStore = Object.assign(Object.create(store) as RecordStore, {
    set: async (...args: Parameters<RecordStore['set']>) => {
      const reply = await (store.set as (...a: unknown[]) => Promise<unknown>)(...args);
      if (args[4] === 'NX' && reply === null) refusedClaims++;
      return reply;
    },
  });
  const apiKey = 're_test_0123456789abcdef';
  const lost = createResendClient({
    apiKey,
    rateLimit: false,
    retry: false,
    fetch: () => Promise.reject(new TypeError('refused')),
  });
  const held = jobs('j');
  await sendJobs(held, { client: lost, redis: redisStore, keys });
  // The replay that claims the batch is held on its way until the other worker has waited through the jump.
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let calls = 0;
  const fetch = async (request: Request) => (++calls === 1 && (await gate), fake.fetch(request));
  const ctx = { client: createResendClient({ apiKey, rateLimit: false, fetch }), redis: redisStore, keys };
  const both = Promise.all([sendJobs(held.slice(0, 3), ctx), sendJobs(held.slice(3), ctx)]);
  try {
    await vi.waitFor(() => expect(calls === 1 && refusedClaims >= 1).toBe(true));
    const wall = Date.now;
    vi.spyOn(Date, 'now').mockImplementation(() => wall() + 3_600_000);
    const waited = refusedClaims;
    await vi.waitFor(() => expect(refusedClaims > waited || calls > 1).toBe(true));
  } finally {
    vi.restoreAllMocks();
    open();
  }
  const all = (await both).flatMap((outcomes) => [...outcomes.values()]);
  expect(all.every((o) => o.kind === 'sent')).toBe(true);
  expect(calls).toBe(1);
});
