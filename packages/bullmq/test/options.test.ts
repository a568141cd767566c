/**
 * Arguments of the wrong kind are refused up front with an `EmailQueueError` naming the option —
 * never a `TypeError`, a connection to 127.0.0.1:6379 nobody asked for, or a value read as something
 * else (a string `delay` as none, `addBulk` options `'key'` as no options) — and nothing is enqueued.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AddOptions,
  type EmailQueue,
  type EmailQueueOptions,
  type EmailWorkerOptions,
  batchKeyOf,
  createEmailQueue,
  createEmailWorker,
  isEmailQueueError,
  jobIdOf,
} from '../src/index.js';
import { ADD_OPTION_NAMES, BULK_ITEM_NAMES, type BulkItem, QUEUE_OPTION_NAMES } from '../src/queue.js';
import { WORKER_OPTION_NAMES } from '../src/worker.js';
import { useTestConnection } from './support/connection.js';

const connection = useTestConnection();

const email = { from: 'Acme <news@acme.dev>', to: 'delivered@resend.dev', subject: 'Hi', text: 'Hi' };
// Never used to send: every worker here is refused before it starts, or closed at once.
const client = createResendClient({ apiKey: 're_test_0123456789abcdef', baseUrl: 'http://127.0.0.1:9' });

/** The error `run` throws or rejects with, which must be an `EmailQueueError`; fails when `run` succeeds. */
async function refusal(run: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    expect(isEmailQueueError(error), String(error)).toBe(true);
    return error as { code: string; message: string };
  }
  throw new Error('accepted');
}

/** Runs `use` with a fresh queue, then closes it. */
async function withQueue(use: (queue: EmailQueue) => Promise<void>): Promise<void> {
  const queue = createEmailQueue({ connection, name: `o-${randomUUID()}` });
  try {
    await use(queue);
  } finally {
    await queue.close();
  }
}

const stored = (queue: EmailQueue) => queue.queue.getJobCountByTypes('waiting', 'prioritized', 'delayed');

describe('createEmailQueue', () => {
  it('refuses options that are not an object, naming them', async () => {
    for (const [options, kind] of [
      [null, 'null'],
      ['redis://127.0.0.1:6379', 'string'],
      [[], 'array'],
      [true, 'boolean'],
    ] as const)
      expect(await refusal(() => createEmailQueue(options as never))).toMatchObject({
        code: 'invalid_option',
        message: `options must be an object (got ${kind}).`,
      });
  });

  it('refuses a connection that is not an object instead of connecting to 127.0.0.1:6379', async () => {
    for (const [value, kind] of [
      ['redis://127.0.0.1:6379', 'string'],
      [null, 'null'],
      [true, 'boolean'],
    ] as const)
      expect(await refusal(() => createEmailQueue({ connection: value as never }))).toMatchObject({
        code: 'invalid_option',
        message: `connection must be an object (got ${kind}).`,
      });
  });

  it('refuses a name or prefix that is not a string, and a name BullMQ cannot take', async () => {
    expect((await refusal(() => createEmailQueue({ connection, name: 7 as never }))).message).toBe(
      'name must be a string (got number).',
    );
    // `null` no longer stands for the default queue.
    expect((await refusal(() => createEmailQueue({ connection, name: null as never }))).message).toBe(
      'name must be a string (got null).',
    );
    for (const name of ['', 'emails:eu'])
      expect((await refusal(() => createEmailQueue({ connection, name }))).message).toBe(
        'name must be a non-empty string without ":".',
      );
    expect((await refusal(() => createEmailQueue({ connection, prefix: true as never }))).message).toBe(
      'prefix must be a string (got boolean).',
    );
  });

  it('refuses attempts and backoffMs that are not numbers in range, showing a long string only by its length', async () => {
    const cases: [object, string][] = [
      [{ attempts: '3' }, 'attempts must be an integer of at least 1 (got "3").'],
      [{ attempts: 0 }, 'attempts must be an integer of at least 1 (got 0).'],
      [{ attempts: 1.5 }, 'attempts must be an integer of at least 1 (got 1.5).'],
      [{ backoffMs: -1 }, 'backoffMs must be a number of at least 0 (got -1).'],
      [{ backoffMs: Number.NaN }, 'backoffMs must be a number of at least 0 (got NaN).'],
      [
        { backoffMs: 're_live_0123456789abcdef' },
        'backoffMs must be a number of at least 0 (got a string of 24 characters).',
      ],
    ];
    for (const [options, message] of cases)
      expect(await refusal(() => createEmailQueue({ connection, ...options }))).toMatchObject({
        code: 'invalid_option',
        message,
      });
  });
});

describe('add and addBulk', () => {
  it('reject add options that are not an object, and enqueue nothing', async () => {
    await withQueue(async (queue) => {
      // `null` was a TypeError; a string (a key given in the wrong place) or `true` meant no options.
      for (const [options, kind] of [
        [null, 'null'],
        ['welcome/42', 'string'],
        [true, 'boolean'],
        [[], 'array'],
      ] as const)
        expect(await refusal(() => queue.add(email, options as never))).toMatchObject({
          code: 'invalid_option',
          message: `options must be an object (got ${kind}).`,
        });
      expect(await stored(queue)).toBe(0);
    });
  });

  it('reject a delay or priority of the wrong kind or out of range, naming it', async () => {
    await withQueue(async (queue) => {
      const cases: [object, string][] = [
        [{ delay: '1000' }, 'delay must be a number from 0 to 31536000000 (got "1000").'],
        [{ delay: -1 }, 'delay must be a number from 0 to 31536000000 (got -1).'],
        [{ delay: null }, 'delay must be a number from 0 to 31536000000 (got null).'],
        [{ delay: Number.POSITIVE_INFINITY }, 'delay must be a number from 0 to 31536000000 (got Infinity).'],
        // A job delayed past what BullMQ's delayed-job score can hold (ms × 4096, exact until 2039) never ran.
        [{ delay: 1e300 }, 'delay must be a number from 0 to 31536000000 (got 1e+300).'],
        [{ priority: -1 }, 'priority must be an integer from 0 to 2097151 (got -1).'],
        [{ priority: 1.5 }, 'priority must be an integer from 0 to 2097151 (got 1.5).'],
        [{ priority: 2 ** 21 }, 'priority must be an integer from 0 to 2097151 (got 2097152).'],
        [{ priority: '1' }, 'priority must be an integer from 0 to 2097151 (got "1").'],
      ];
      for (const [options, message] of cases)
        expect(await refusal(() => queue.add(email, options))).toMatchObject({ code: 'invalid_option', message });
      expect(await stored(queue)).toBe(0);
    });
  });

  it('reject an email that cannot be stored as JSON (a cycle, a BigInt) with invalid_email', async () => {
    await withQueue(async (queue) => {
      const cyclic: Record<string, unknown> = { ...email };
      cyclic.self = cyclic;
      for (const bad of [cyclic, { ...email, tags: 1n }])
        for (const options of [undefined, { key: 'order-7' }])
          expect(await refusal(() => queue.add(bad as never, options))).toMatchObject({
            code: 'invalid_email',
            message: 'email cannot be stored as JSON (a cycle or a BigInt).',
          });
    });
  });

  it('addBulk refuses a list that is not an array, and names the item at fault without enqueuing the others', async () => {
    await withQueue(async (queue) => {
      for (const [items, kind] of [
        [undefined, 'undefined'],
        [{ email }, 'object'],
        ['x', 'string'],
      ] as const)
        expect(await refusal(() => queue.addBulk(items as never))).toMatchObject({
          code: 'invalid_email',
          message: `items must be an array of { email, options } (got ${kind}).`,
        });
      expect((await refusal(() => queue.addBulk([{ email }, null as never]))).message).toBe(
        'items[1].email must be an object like { from, to, subject, html } (got undefined).',
      );
      expect((await refusal(() => queue.addBulk([{ email }, { email, options: 'k' as never }]))).message).toBe(
        'items[1].options must be an object (got string).',
      );
      expect(
        (await refusal(() => queue.addBulk([{ email }, { email: { ...email, subject: '2' }, options: { delay: -5 } }])))
          .message,
      ).toBe('items[1].options.delay must be a number from 0 to 31536000000 (got -5).');
      expect(await stored(queue)).toBe(0);
    });
  });

  it('still takes every valid option as before', async () => {
    const queue = createEmailQueue({ connection, name: `o-${randomUUID()}`, prefix: 'p', attempts: 1, backoffMs: 1.5 });
    try {
      const id = await queue.add(email, { key: 'order-7', delay: 1.5, priority: 2_097_151 });
      const job = await queue.queue.getJob(id);
      expect(job?.opts).toMatchObject({ attempts: 1, delay: 1.5, priority: 2_097_151, backoff: { delay: 1.5 } });
      expect(await queue.addBulk([{ email: { ...email, subject: '2' }, options: { priority: 0, delay: 0 } }])).toEqual([
        jobIdOf({ ...email, subject: '2' }, undefined),
      ]);
    } finally {
      await queue.close();
    }
  });
});

describe('createEmailWorker', () => {
  it('refuses a connection, client, name or worker options of the wrong kind', async () => {
    const name = `o-${randomUUID()}`;
    const cases: [object, string][] = [
      [{ connection: 'redis://127.0.0.1:6379' }, 'connection must be an object (got string).'],
      [{ name: 7 }, 'name must be a string (got number).'],
      [{ worker: 'x' }, 'worker must be an object (got string).'],
      [{ worker: null }, 'worker must be an object (got null).'],
      [{ worker: { prefix: 7 } }, 'worker.prefix must be a string (got number).'],
      [
        { worker: { lockDuration: '30000' } },
        'worker.lockDuration must be an integer from 1 to 2147483647 (got "30000").',
      ],
      [{ concurrency: null }, 'concurrency must be an integer from 1 to 100 (got null).'],
    ];
    for (const [options, message] of cases)
      expect(await refusal(() => createEmailWorker({ connection, client, name, ...options }))).toMatchObject({
        code: 'invalid_option',
        message,
      });
    // Half a client would fail every email sent on its own with a TypeError.
    const half = { batch: { send: client.batch.send } };
    expect((await refusal(() => createEmailWorker({ connection, client: half as never, name }))).message).toBe(
      'client must be a ResendClient: createEmailWorker({ connection, client: createResendClient() }) (got object).',
    );
  });

  it('refuses worker.concurrency, worker.connection and worker.autorun instead of dropping them', async () => {
    for (const own of ['concurrency', 'connection', 'autorun'])
      expect(
        (await refusal(() => createEmailWorker({ connection, client, worker: { [own]: own === 'autorun' || 50 } })))
          .message,
      ).toBe(`worker.${own} is set by createEmailWorker: pass connection and concurrency beside worker.`);
  });

  it('still takes every valid option as before', async () => {
    const worker = createEmailWorker({
      connection,
      client,
      name: `o-${randomUUID()}`,
      concurrency: 2,
      worker: { prefix: 'p', lockDuration: 5000, stalledInterval: 1000 },
    });
    expect(worker.opts).toMatchObject({ prefix: 'p', lockDuration: 5000, stalledInterval: 1000 });
    await worker.close();
  });
});

describe('names of options', () => {
  it('createEmailQueue and createEmailWorker refuse a misspelt option instead of leaving its default in force', async () => {
    const workerNames = WORKER_OPTION_NAMES.join(', ');
    const cases: [() => unknown, string][] = [
      [
        () => createEmailQueue({ connection, backoff: 50 } as never),
        'createEmailQueue has no option "backoff" (did you mean backoffMs?).',
      ],
      [
        () => createEmailQueue({ Connection: connection } as never),
        'createEmailQueue has no option "Connection" (did you mean connection?).',
      ],
      [
        () => createEmailWorker({ connection, client, concurency: 2 } as never),
        'createEmailWorker has no option "concurency" (did you mean concurrency?).',
      ],
      // A BullMQ option beside `worker` instead of inside it was dropped.
      [
        () => createEmailWorker({ connection, client, lockDuration: 5000 } as never),
        `createEmailWorker has no option "lockDuration"; the options are ${workerNames}.`,
      ],
    ];
    for (const [run, message] of cases) expect(await refusal(run)).toMatchObject({ code: 'invalid_option', message });
  });

  it('add and addBulk refuse a misspelt option or item name, and enqueue nothing', async () => {
    await withQueue(async (queue) => {
      expect(await refusal(() => queue.add(email, { delayMs: 5000 } as never))).toMatchObject({
        code: 'invalid_option',
        message: 'add has no option "delayMs" (did you mean delay?).',
      });
      expect((await refusal(() => queue.addBulk([{ email }, { email, options: { Key: 'k' } as never }]))).message).toBe(
        'items[1].options has no option "Key" (did you mean key?).',
      );
      // The key beside the email, not in its options, was lost: the job was keyed by the email's fingerprint.
      expect((await refusal(() => queue.addBulk([{ email, key: 'order-7' } as never]))).message).toBe(
        'items[0] has no option "key"; the options are email, options.',
      );
      expect(await stored(queue)).toBe(0);
    });
  });

  it('knows every option of the queue, the worker, add and an addBulk item by name, and no other', () => {
    expectTypeOf<(typeof QUEUE_OPTION_NAMES)[number]>().toEqualTypeOf<keyof EmailQueueOptions>();
    expectTypeOf<(typeof WORKER_OPTION_NAMES)[number]>().toEqualTypeOf<keyof EmailWorkerOptions>();
    expectTypeOf<(typeof ADD_OPTION_NAMES)[number]>().toEqualTypeOf<keyof AddOptions>();
    expectTypeOf<(typeof BULK_ITEM_NAMES)[number]>().toEqualTypeOf<keyof BulkItem>();
    for (const names of [QUEUE_OPTION_NAMES, WORKER_OPTION_NAMES, ADD_OPTION_NAMES, BULK_ITEM_NAMES])
      expect(new Set<string>(names).size).toBe(names.length);
  });
});

describe('jobIdOf and batchKeyOf', () => {
  it('refuse a key that is not a string and job ids that are not an array of strings', async () => {
    expect((await refusal(() => jobIdOf(email, 7 as never))).message).toBe('key must be a string (got number).');
    // A string was read as its characters: 'abc' gave the key of ['a', 'b', 'c'].
    expect((await refusal(() => batchKeyOf('abc' as never))).message).toBe(
      'jobIds must be an array of strings (got string).',
    );
    expect((await refusal(() => batchKeyOf([1] as never))).message).toBe(
      'jobIds must be an array of strings (got array).',
    );
    expect(batchKeyOf(['b', 'a'])).toBe(batchKeyOf(['a', 'b']));
  });
});
