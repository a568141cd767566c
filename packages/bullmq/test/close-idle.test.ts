/**
 * Closing a worker against a real redis-server: an idle worker, blocked waiting for a job, closes at
 * once instead of when its wait for a job ends (`drainDelay`), and a worker closing while a batch is in
 * flight still lets that batch finish and its jobs complete.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createEmailQueue, createEmailWorker } from '../src/index.js';
import { useTestConnection } from './support/connection.js';
import { email } from './support/emails.js';

const connection = useTestConnection();

/**
 * Resolves once Redis receives a `BZPOPMIN` on the marker of queue `name`, i.e. once a worker of it is
 * blocked waiting for a job (MONITOR reports each command as the server runs it). Call before the
 * worker starts; `stop` ends the monitoring connection.
 */
async function blockedOn(name: string): Promise<{ blocked: Promise<void>; stop: () => void }> {
  const monitor = await new Redis({ host: connection.host, port: connection.port }).monitor();
  const blocked = new Promise<void>((resolve) => {
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (args[0]?.toLowerCase() === 'bzpopmin' && args[1]?.includes(name)) resolve();
    });
  });
  return { blocked, stop: () => monitor.disconnect() };
}

describe('closing a worker', () => {
  it('returns promptly when the worker is idle, waiting for a job', async () => {
    const name = `q-${randomUUID()}`;
    const client = createResendClient({ apiKey: 're_test_0123456789abcdef', baseUrl: 'http://127.0.0.1:9' });
    const monitor = await blockedOn(name);
    const worker = createEmailWorker({ connection, client, name });
    try {
      await monitor.blocked;
      const started = performance.now();
      await worker.close();
      const ms = performance.now() - started;
      // Before, it waited out BullMQ's blocking wait for a job (`drainDelay`, one second).
      expect(ms).toBeLessThan(500);
    } finally {
      monitor.stop();
      await worker.close();
    }
  });

  it('lets a batch in flight finish: close() resolves after it, and its job completes', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'] });
    const http = await listen(fake);
    const name = `q-${randomUUID()}`;
    const queue = createEmailQueue({ connection, name });
    let sending!: () => void;
    const sent = new Promise<void>((resolve) => (sending = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const client = createResendClient({
      apiKey: 're_test_0123456789abcdef',
      baseUrl: http.url,
      rateLimit: false,
      retry: false,
      // Holds the batch request until the test has started closing the worker.
      fetch: async (request) => {
        sending();
        await released;
        return fetch(request);
      },
    });
    const worker = createEmailWorker({ connection, client, name });
    const completed: string[] = [];
    worker.on('completed', (job) => completed.push(job.id as string));
    try {
      const id = await queue.add(email(0));
      await sent;
      const order: string[] = [];
      const closing = worker.close().then(() => order.push('closed'));
      // Let close() run as far as it goes while the request is still held.
      await new Promise((resolve) => setImmediate(resolve));
      order.push('released');
      release();
      await closing;
      expect(order).toEqual(['released', 'closed']);
      expect(completed).toEqual([id]);
      expect(await queue.queue.getJobState(id)).toBe('completed');
      expect(fake.state.emails.all()).toHaveLength(1);
    } finally {
      release();
      await worker.close();
      await queue.close();
      await http.close();
    }
  });
});
