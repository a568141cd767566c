/** A queue under a fresh name on the test Redis, its events, and a local fake Resend to send to. */
import { randomUUID } from 'node:crypto';
import { type FakeResendOptions, createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { QueueEvents } from 'bullmq';
import { createEmailQueue } from '../../src/index.js';
import type { TestConnection } from './connection.js';

/** Starts them; `close(...workers)` closes the workers given, then the events, the queue and the server. */
export async function queueOnFake(connection: TestConnection, options: FakeResendOptions = { domains: ['acme.dev'] }) {
  const fake = createFakeResend(options);
  const http = await listen(fake);
  const name = `q-${randomUUID()}`;
  const queue = createEmailQueue({ connection, name });
  const events = new QueueEvents(name, { connection });
  await events.waitUntilReady();
  const close = async (...workers: { close(): Promise<unknown> }[]) => {
    for (const worker of workers) await worker.close();
    await events.close();
    await queue.close();
    await http.close();
  };
  return { fake, http, name, queue, events, close };
}
