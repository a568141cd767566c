/**
 * A 429 the client could not absorb: the jobs go back to waiting and every worker of the queue waits
 * out `retry-after` before it takes a job again, instead of asking again at once.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { QueueEvents } from 'bullmq';
import { expect, it } from 'vitest';
import { createEmailQueue, createEmailWorker } from '../src/index.js';
import { useTestConnection } from './support/connection.js';

const connection = useTestConnection();

/** A 429 as Resend answers it, asking to wait one second. */
const tooMany = () =>
  Response.json(
    { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' },
    { status: 429, headers: { 'retry-after': '1' } },
  );

it('a 429 with retry-after pauses the queue: no request until it has passed, then the email is sent once', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'] });
  const http = await listen(fake);
  const name = `q-${randomUUID()}`;
  const queue = createEmailQueue({ connection, name });
  const events = new QueueEvents(name, { connection });
  await events.waitUntilReady();
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
    await worker.close();
    await events.close();
    await queue.close();
    await http.close();
  }
}, 15_000);
