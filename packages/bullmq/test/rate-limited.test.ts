/**
 * A 429 the client could not absorb: the jobs go back to waiting and every worker of the queue waits
 * out `retry-after` before it takes a job again, instead of asking again at once.
 */
import { createResendClient } from '@resendkit/client';
import { expect, it } from 'vitest';
import { createEmailWorker } from '../src/index.js';
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
