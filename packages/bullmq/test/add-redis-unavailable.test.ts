/**
 * `add` and `addBulk` with a Redis that cannot be reached (down, or a wrong port): BullMQ waits for the
 * connection before its first command, and ioredis queues commands while offline, so with
 * `maxRetriesPerRequest: null` (which BullMQ's workers need, and which users share with their queues)
 * an add waited for ever, holding up the request handler that made it. It now rejects after
 * `addTimeoutMs` with `redis_unavailable`, naming host and port, never the password.
 */
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { type EmailQueue, createEmailQueue, isEmailQueueError } from '../src/index.js';
import { freePort } from '../../../scripts/packages/free-port.js';
import { email } from './support/emails.js';

const PASSWORD = 'hunter2-very-secret';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A queue on a free port (nothing listens there: every connection is refused), its add timeout scaled down. */
async function unreachableQueue(asInstance: boolean): Promise<{ queue: EmailQueue; port: number }> {
  const port = await freePort();
  const options = { host: '127.0.0.1', port, password: PASSWORD, maxRetriesPerRequest: null };
  const redis = asInstance ? new Redis(options) : undefined;
  redis?.on('error', () => {});
  const queue = createEmailQueue({ connection: redis ?? options, name: 'unreachable', addTimeoutMs: 200 });
  queue.queue.on('error', () => {});
  cleanups.push(
    () => redis?.disconnect(),
    () => queue.close(),
  );
  return { queue, port };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.fail('resolved'),
    (error: Error) => error,
  );
}

describe('adding with a Redis that cannot be reached', () => {
  it.each([
    ['connection options', false],
    ['an ioredis instance', true],
  ])(
    'add and addBulk reject with redis_unavailable after addTimeoutMs (%s)',
    { timeout: 5_000 },
    async (_, asInstance) => {
      const { queue, port } = await unreachableQueue(asInstance);
      for (const adding of [queue.add(email(0), { key: 'k-0' }), queue.addBulk([{ email: email(1) }])]) {
        const error = await rejection(adding);
        expect(isEmailQueueError(error)).toBe(true);
        expect(error).toMatchObject({ code: 'redis_unavailable' });
        expect(error.message).toContain(`127.0.0.1:${port}`);
        expect(error.message).toContain('200 ms');
        expect(error.message).not.toContain(PASSWORD);
      }
    },
  );

  it('names a URL connection without its credentials', { timeout: 5_000 }, async () => {
    const port = await freePort();
    const url = `redis://default:${PASSWORD}@127.0.0.1:${port}/0`;
    const queue = createEmailQueue({ connection: { url, maxRetriesPerRequest: null }, addTimeoutMs: 100 });
    queue.queue.on('error', () => {});
    cleanups.push(() => queue.close());
    const error = await rejection(queue.add(email(0)));
    expect(error.message).toContain(`redis://127.0.0.1:${port}/0`);
    expect(error.message).not.toContain(PASSWORD);
  });

  it('names a unix socket connection by its path, not a default host and port', { timeout: 5_000 }, async () => {
    const path = `/tmp/resendkit-no-redis-${process.pid}.sock`;
    const queue = createEmailQueue({ connection: { path, maxRetriesPerRequest: null }, addTimeoutMs: 100 });
    queue.queue.on('error', () => {});
    cleanups.push(() => queue.close());
    const error = await rejection(queue.add(email(0)));
    expect(error.message).toContain(`Redis at ${path} `);
    expect(error.message).not.toContain('6379');
  });

  it('refuses an addTimeoutMs that is not a number of at least 1', () => {
    const connection = { host: '127.0.0.1', port: 9 };
    for (const addTimeoutMs of [0, -1, Number.NaN, '10'])
      expect(() => createEmailQueue({ connection, addTimeoutMs: addTimeoutMs as number })).toThrow(
        expect.objectContaining({ code: 'invalid_option', message: expect.stringContaining('addTimeoutMs') }),
      );
  });
});
