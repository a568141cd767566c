/**
 * An email sent on its own (attachments, `scheduled_at`, or a batch refused whole) goes out under its
 * `key` as the `Idempotency-Key` header. A key that cannot be a header value (a line break, a
 * character outside Latin-1) or that fetch would change (spaces at either end) is refused when it is
 * enqueued, rather than enqueued to fail for good, or to be taken for another key, when it is sent.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEmailQueue, isEmailQueueError } from '../src/index.js';
import { useTestConnection } from './support/connection.js';
import { email } from './support/emails.js';

const connection = useTestConnection();

const message = 'key must be 1–256 printable Latin-1 characters, without spaces at either end.';

describe('the key of an email', () => {
  it('is refused by add and addBulk when it cannot be sent as an Idempotency-Key header', async () => {
    const queue = createEmailQueue({ connection, name: `k-${randomUUID()}` });
    try {
      for (const key of [
        'order\n7',
        'user\r\n7',
        'tab\there',
        '用户/7',
        'emoji/😀',
        ' order/7',
        'order/7 ',
        '',
        'x'.repeat(257),
      ]) {
        const error = await queue.add(email(0), { key }).catch((e: unknown) => e);
        expect(isEmailQueueError(error), JSON.stringify(key)).toBe(true);
        expect(error).toMatchObject({ code: 'invalid_option', message });
        const bulk = await queue.addBulk([{ email: email(1) }, { email: email(2), options: { key } }]).catch((e) => e);
        expect(bulk).toMatchObject({ code: 'invalid_option', message: `items[1].options.${message}` });
      }
      expect(await queue.queue.getJobCountByTypes('waiting', 'prioritized', 'delayed')).toBe(0);
    } finally {
      await queue.close();
    }
  });

  it('is taken when it is printable Latin-1 text of 1–256 characters', async () => {
    const queue = createEmailQueue({ connection, name: `k-${randomUUID()}` });
    try {
      for (const key of ['order/7', 'commande/é-7', 'a b', 'x', 'x'.repeat(256)]) await queue.add(email(0), { key });
      expect(await queue.queue.getJobCountByTypes('waiting', 'prioritized', 'delayed')).toBe(5);
    } finally {
      await queue.close();
    }
  });
});
