/**
 * A 429 the client could not absorb: the jobs go back to waiting and every worker of the queue waits
 * out `retry-after` (else `ratelimit-reset`) before it takes a job again, instead of asking again at once.
 */
import { createResendClient } from '@resendkit/client';
import { Queue } from 'bullmq';
import { expect, it, vi } from 'vitest';
import { createEmailQueue, createEmailWorker } from '../src/index.js';
import { useTestConnection } from './support/connection.js';
import { queueOnFake } from './support/fake-queue.js';

const connection = useTestConnection();

/** A 429 as Resend answers it, asking to wait one second. */
const tooMany = () =>
  Response.json(
    { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' },
    { status: 429, headers: { 'retry-after': '1' } },
  );

it('a 429 with retry-after pauses the queue: no request until it has passed, then the email is sent once', async () => {
  const { fake, http, name, queue, events, close } = await queueOnFake(connection);
  const completed = new Promise<void>((resolve) => events.on('completed', () => resolve()));
  const asked: number[] = [];
  const client = createResendClient({
    apiKey: 're_test_0123456789abcdef',
    baseUrl: http.url,
    rateLimit: false,
    retry: false,
    // The first request meets a 429; the ones after it reach the fake.
    fetch: (request) => (asked.push(Date.now()) === 1 ? Promise.resolve(tooMany()) : fetch(request)),
  });
  const worker = createEmailWorker({ connection, client, name, concurrency: 2 });
  try {
    await queue.add({ from: 'Acme <hi@acme.dev>', to: 'delivered@resend.dev', subject: 'Hi', text: 'Hi' });
    await completed;
    expect(asked).toHaveLength(2);
    expect(asked[1]! - asked[0]!).toBeGreaterThanOrEqual(900);
    expect(fake.state.emails.all()).toHaveLength(1);
  } finally {
    await close(worker);
  }
}, 15_000);

it('a 429 with ratelimit-reset and no retry-after pauses the queue for the reset, not a second', async () => {
  const { name, events, close } = await queueOnFake(connection);
  const bull = new Queue(name, { connection });
  const client = createResendClient({
    apiKey: 're_test_0123456789abcdef',
    rateLimit: false,
    retry: false,
    fetch: () =>
      Promise.resolve(
        Response.json(
          { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' },
          { status: 429, headers: { 'ratelimit-limit': '2', 'ratelimit-remaining': '0', 'ratelimit-reset': '3' } },
        ),
      ),
  });
  const worker = createEmailWorker({ connection, client, name, concurrency: 1 });
  const paused = vi.spyOn(worker.getBackend(), 'setRateLimit');
  try {
    await createEmailQueue({ connection, name }).add({
      from: 'Acme <hi@acme.dev>',
      to: 'delivered@resend.dev',
      subject: 'Hi',
      text: 'Hi',
    });
    await vi.waitFor(() => expect(paused).toHaveBeenCalled(), { timeout: 5000 });
    expect(paused).toHaveBeenCalledWith(3000);
    // What every worker of the queue reads: the limiter key's TTL, most of the 3 s still to run.
    const ttl = await bull.getRateLimitTtl();
    expect(ttl).toBeGreaterThan(2000);
    expect(ttl).toBeLessThanOrEqual(3000);
  } finally {
    await bull.close();
    await close(worker);
  }
}, 15_000);
