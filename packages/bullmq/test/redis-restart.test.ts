/**
 * Redis itself SIGKILLed and restarted mid-drain, with persistence on (append-only file, fsync on
 * every write): the worker reconnects, jobs whose completion was lost come back after the stalled
 * check and are replayed, and every email is delivered once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { expect, it } from 'vitest';
import { createEmailQueue, createEmailWorker } from '../src/index.js';
import { startOwnRedis } from '../../redis/test/support/redis-server.js';

it('a Redis restart with persistence mid-drain: every email once, none missing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bullmq-aof-'));
  const redis = await startOwnRedis(['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir]);
  const url = new URL(redis.url);
  const connection = {
    host: url.hostname,
    port: Number(url.port),
    maxRetriesPerRequest: null,
    retryStrategy: () => 50,
  };
  const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 10, windowMs: 100 });
  const http = await listen(fake);
  const name = `q-${randomUUID()}`;
  const queue = createEmailQueue({ connection, name, backoffMs: 50, attempts: 20 });
  const client = createResendClient({
    apiKey: 're_test_0123456789abcdef',
    baseUrl: http.url,
    rateLimit: { team: name, limit: 10, windowMs: 100 },
  });
  const worker = createEmailWorker({
    connection,
    client,
    name,
    concurrency: 2,
    worker: { lockDuration: 1000, stalledInterval: 500, maxStalledCount: 10 },
  });
  worker.on('error', () => {});
  (queue.queue as unknown as { on(event: string, listener: () => void): void }).on('error', () => {});
  const total = 1000;
  try {
    await queue.addBulk(
      Array.from({ length: total }, (_, i) => ({
        email: { from: 'a@acme.dev', to: `delivered+r${i}@resend.dev`, subject: `#${i}`, text: 't' },
      })),
    );
    while (fake.state.emails.all().length < 200) await new Promise((r) => setTimeout(r, 10));
    await redis.kill();
    await new Promise((r) => setTimeout(r, 300));
    await redis.start();
    for (;;) {
      const done = await queue.queue.getCompletedCount().catch(() => 0);
      if (done >= total) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const subjects = fake.state.emails.all().map((e) => e.subject);
    expect(subjects.length - new Set(subjects).size).toBe(0);
    expect(new Set(subjects).size).toBe(total);
  } finally {
    await worker.close();
    await queue.close();
    await http.close();
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);
