/**
 * A BullMQ option given as `undefined` inside `worker` (an unset setting, `lockDuration:
 * config.lockMs`) keeps its default, as every option of this package does: spread over the defaults
 * as it was, it replaced them, and a `lockDuration: undefined` left a worker that never sent an
 * email (BullMQ's scripts refused the missing number), a `limiter: undefined` dropped the limiter
 * that makes a 429 pause the queue, and a `maxStalledCount: undefined` threw a bare Error.
 */
import { createResendClient } from '@resendkit/client';
import { expect, it } from 'vitest';
import { createEmailWorker } from '../src/index.js';
import { useTestConnection } from './support/connection.js';
import { email } from './support/emails.js';
import { queueOnFake } from './support/fake-queue.js';

const connection = useTestConnection();

it('a worker given BullMQ options as undefined keeps their defaults and sends', { timeout: 20_000 }, async () => {
  const { fake, http, name, queue, events, close } = await queueOnFake(connection);
  const client = createResendClient({ apiKey: 're_test_0123456789abcdef', baseUrl: http.url, rateLimit: false });
  const unset = { lockDuration: undefined, limiter: undefined, maxStalledCount: undefined, drainDelay: undefined };
  const worker = createEmailWorker({ connection, client, name, worker: unset });
  const errors: Error[] = [];
  worker.on('error', (error) => errors.push(error));
  try {
    expect(worker.opts).toMatchObject({ lockDuration: 30_000, maxStalledCount: 5, drainDelay: 1 });
    expect(worker.opts.limiter).toEqual({ max: Number.MAX_SAFE_INTEGER, duration: 1 });
    const completed = new Promise((resolve) => events.once('completed', resolve));
    await queue.add(email(0));
    await completed;
    expect(fake.state.emails.all()).toHaveLength(1);
    expect(errors).toEqual([]);
  } finally {
    await close(worker);
  }
});
