/**
 * A worker that finds a job unassigned may lose it to another worker's batch before its own claim
 * (BullMQ handed the job to both). Its claim then fails, and must leave Redis as it found it: no
 * record of a batch that never went out, and the other batch's assignments expiring with their own
 * record (pushed on past it, an assignment names a record that is gone, and its job could be sent
 * neither fresh, its claim failing, nor as a replay, until the assignment expires a day later).
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { expect, it } from 'vitest';
import { batchKeyOf, recordKeys } from '../src/keys.js';
import { type RecordStore, type SendContext, sendJobs } from '../src/send.js';
import { useTestRedisClient } from './support/connection.js';
import { email } from './support/emails.js';

const db = useTestRedisClient();
/** What the other batch's records have left to live: claimed almost a day ago. */
const LEFT_S = 100;

const job = (id: string, i: number) => ({ id, data: { email: email(i) } }) as unknown as Job;

/**
 * `redis` whose first lookup of assignments is answered before `meanwhile` runs: what the lookup saw
 * is stale by the time the caller claims.
 */
function racing(redis: Redis, meanwhile: () => Promise<unknown>): RecordStore {
  let raced = false;
  return new Proxy(redis, {
    get(target, name) {
      const value = Reflect.get(target, name, target);
      if (name === 'mget' && !raced)
        return async (...keys: string[]) => {
          raced = true;
          const seen = await target.mget(...keys);
          await meanwhile();
          return seen;
        };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as RecordStore;
}

/** Sends jobs `a` and `b`, while another worker sends `a` with `x` between the lookup and the claim. */
async function loseClaim() {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const client = createResendClient({ apiKey: 're_test_0123456789abcdef', rateLimit: false, fetch: fake.fetch });
  const keys = recordKeys('bull', `lost-${randomUUID()}`);
  const [a, b, x] = [job('a', 0), job('b', 1), job('x', 2)] as [Job, Job, Job];
  const other: SendContext = { client, redis: db.client as unknown as RecordStore, keys };
  const otherKey = batchKeyOf(['a', 'x']);
  const meanwhile = async () => {
    await sendJobs([a, x], other);
    for (const key of [keys.batch(otherKey), keys.answer(otherKey), keys.assigned('a'), keys.assigned('x')])
      await db.client.expire(key, LEFT_S);
  };
  const outcomes = await sendJobs([a, b], { ...other, redis: racing(db.client, meanwhile) });
  return { fake, keys, outcomes, otherKey };
}

it('a claim lost to another worker writes no record of the batch it would have sent', async () => {
  const { fake, keys, outcomes } = await loseClaim();
  expect(await db.client.exists(keys.batch(batchKeyOf(['a', 'b'])))).toBe(0);
  // Each email went out once all the same: a in the other batch, b in one of its own.
  expect([...outcomes.values()].map((o) => o.kind)).toEqual(['sent', 'sent']);
  expect(
    fake.state.emails
      .all()
      .map((e) => e.subject)
      .sort(),
  ).toEqual(['#0', '#1', '#2']);
});

it("a claim lost to another worker leaves that batch's assignments to expire with its record", async () => {
  const { keys, otherKey } = await loseClaim();
  const left = await db.client.ttl(keys.assigned('a'));
  expect(left).toBeGreaterThan(0);
  expect(left).toBeLessThanOrEqual(await db.client.ttl(keys.batch(otherKey)));
  expect(await db.client.ttl(keys.assigned('x'))).toBeLessThanOrEqual(LEFT_S);
});
