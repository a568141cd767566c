/**
 * `worker.pause()` stops BullMQ's stalled-job check and `worker.resume()` restarts it only in a worker
 * BullMQ counts as running. This package's worker runs its own loop, so it was never counted as
 * running: once paused and resumed (a maintenance window), it never again took back the jobs of a
 * worker that died, and with no other worker those emails stayed active, unsent, for ever.
 */
import { createResendClient } from '@resendkit/client';
import { Worker } from 'bullmq';
import { expect, it } from 'vitest';
import { createEmailWorker } from '../src/index.js';
import { useTestConnection } from './support/connection.js';
import { email } from './support/emails.js';
import { queueOnFake } from './support/fake-queue.js';

const connection = useTestConnection();

it(
  'a worker paused and resumed still takes back and sends the job of a worker that died',
  { timeout: 20_000 },
  async () => {
    const { fake, http, name, queue, events, close } = await queueOnFake(connection);
    const client = createResendClient({ apiKey: 're_test_0123456789abcdef', baseUrl: http.url, rateLimit: false });
    await queue.add(email(0));
    // A worker that takes the job and dies holding it: its lock lapses, the job stays active.
    const dead = new Worker(name, null, { connection, autorun: false, lockDuration: 300 });
    expect(await dead.getNextJob('dead-worker')).toBeDefined();
    await dead.close(true);
    const worker = createEmailWorker({ connection, client, name, worker: { stalledInterval: 200, lockDuration: 300 } });
    try {
      expect(worker.isRunning()).toBe(false);
      // Connected, and so past the point where the worker starts its loops and its stalled check.
      await worker.getBackend().client;
      await worker.pause();
      await worker.resume();
      // The stalled check that returns the job runs every 200 ms: well within this wait when it runs at all.
      const outcome = await Promise.race([
        new Promise((resolve) => events.once('completed', () => resolve('completed'))),
        new Promise((resolve) => setTimeout(() => resolve('still active'), 5_000)),
      ]);
      expect(outcome).toBe('completed');
      expect(fake.state.emails.all()).toHaveLength(1);
      expect(worker.isRunning()).toBe(true);
    } finally {
      await close(worker);
    }
    expect(worker.isRunning()).toBe(false);
  },
);
