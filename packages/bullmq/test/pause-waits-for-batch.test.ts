/**
 * `worker.pause()` against a real redis-server: it resolves only once the batch in flight settled (its
 * job completed), so that nothing is sent or active after it (before `queue.obliterate()`, a deploy
 * step); `resume()` sends the rest; `pause(true)` resolves at once, as BullMQ's does. It resolved at
 * once before: BullMQ's pause waits for its own loop, which this package's worker does not run.
 */
import { createResendClient } from '@resendkit/client';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createEmailWorker } from '../src/index.js';
import { useTestConnection } from './support/connection.js';
import { email } from './support/emails.js';
import { queueOnFake } from './support/fake-queue.js';

const connection = useTestConnection();

/**
 * A client whose requests to the fake at `url` are each held until the test lets them go:
 * `arrived()` resolves once the next request is held, `release()` lets every held one go.
 */
function heldClient(url: string) {
  const held: (() => void)[] = [];
  let arrive = () => {};
  const client = createResendClient({
    apiKey: 're_test_0123456789abcdef',
    baseUrl: url,
    rateLimit: false,
    retry: false,
    fetch: async (request) => {
      await new Promise<void>((resolve) => {
        held.push(resolve);
        arrive();
      });
      return fetch(request);
    },
  });
  const arrived = () => new Promise<void>((resolve) => (arrive = resolve));
  const release = () => held.splice(0).forEach((go) => go());
  return { client, arrived, release };
}

/** Resolves once the worker completed `count` more jobs. */
function completions(worker: { on(event: 'completed', listener: () => void): unknown }, count: number) {
  let done = 0;
  return new Promise<void>((resolve) => worker.on('completed', () => ++done === count && resolve()));
}

describe('pausing a worker', () => {
  it('resolves only after the batch in flight settled, and resume() sends the rest', async () => {
    const { fake, http, name, queue, close } = await queueOnFake(connection);
    const { client, arrived, release } = heldClient(http.url);
    const worker = createEmailWorker({ connection, client, name, concurrency: 2 });
    const order: string[] = [];
    worker.on('completed', (job) => order.push(`completed ${job.id}`));
    try {
      const sending = arrived();
      const first = await queue.add(email(0));
      await sending;
      const pausing = worker.pause().then(() => order.push('paused'));
      // Let pause() run as far as it goes while the batch is still held.
      await new Promise((resolve) => setImmediate(resolve));
      order.push('released');
      release();
      await pausing;
      expect(order).toEqual(['released', `completed ${first}`, 'paused']);
      expect(await queue.queue.getJobCounts('active', 'completed')).toEqual({ active: 0, completed: 1 });

      // Paused: new jobs wait; resumed: they are sent.
      const rest = [await queue.add(email(1)), await queue.add(email(2))];
      expect(await queue.queue.getJobCounts('waiting', 'active')).toEqual({ waiting: 2, active: 0 });
      const both = completions(worker, 2);
      const resumedSending = arrived();
      await worker.resume();
      await resumedSending;
      release();
      await both;
      for (const id of rest) expect(await queue.queue.getJobState(id)).toBe('completed');
      expect(fake.state.emails.all()).toHaveLength(3);
    } finally {
      release();
      await close(worker);
    }
  });

  it('with pause(true), resolves at once while the batch is still in flight', async () => {
    const { http, name, queue, close } = await queueOnFake(connection);
    const { client, arrived, release } = heldClient(http.url);
    const worker = createEmailWorker({ connection, client, name });
    try {
      const sending = arrived();
      const id = await queue.add(email(0));
      await sending;
      await worker.pause(true);
      expect(await queue.queue.getJobState(id)).toBe('active');
      const done = completions(worker, 1);
      release();
      await done;
      expect(await queue.queue.getJobState(id)).toBe('completed');
    } finally {
      release();
      await close(worker);
    }
  });

  it('resolves promptly when the worker is idle, waiting for a job, and takes none after', async () => {
    const { name, queue, http, close } = await queueOnFake(connection);
    const { client, release } = heldClient(http.url);
    const monitor = await new Redis({ host: connection.host, port: connection.port }).monitor();
    const blocked = new Promise<void>((resolve) =>
      monitor.on('monitor', (_time: string, args: string[]) => {
        if (args[0]?.toLowerCase() === 'bzpopmin' && args[1]?.includes(name)) resolve();
      }),
    );
    const worker = createEmailWorker({ connection, client, name, worker: { drainDelay: 5 } });
    try {
      await blocked;
      const started = performance.now();
      await worker.pause();
      // A wait for a job ends after `drainDelay` (5 s here): pause() cuts it short, as BullMQ's does.
      expect(performance.now() - started).toBeLessThan(2_000);
      await queue.add(email(0));
      expect(await queue.queue.getJobCounts('waiting', 'active')).toEqual({ waiting: 1, active: 0 });
    } finally {
      monitor.disconnect();
      release();
      await close(worker);
    }
  });

  it('lets close() finish after a pause, and during one', async () => {
    const { name, queue, http, close } = await queueOnFake(connection);
    const { client, arrived, release } = heldClient(http.url);
    const worker = createEmailWorker({ connection, client, name });
    try {
      const sending = arrived();
      const id = await queue.add(email(0));
      await sending;
      const pausing = worker.pause();
      const closing = worker.close();
      release();
      await Promise.all([pausing, closing]);
      expect(await queue.queue.getJobState(id)).toBe('completed');
      const again = createEmailWorker({ connection, client, name: `${name}-2` });
      await again.getBackend().client;
      await again.pause();
      await again.close();
      expect(again.isRunning()).toBe(false);
    } finally {
      release();
      await close(worker);
    }
  });
});
