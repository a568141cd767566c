/**
 * A worker whose Redis cannot be reached (down, or a wrong port) never gets its connection: closing it
 * must still return, as BullMQ's own worker does, so that a process shutting down is not held open.
 */
import { createResendClient } from '@resendkit/client';
import { describe, expect, it } from 'vitest';
import { createEmailWorker } from '../src/index.js';
import { freePort } from '../../../scripts/packages/free-port.js';

const client = createResendClient({
  apiKey: 're_test_0123456789abcdef',
  baseUrl: 'http://127.0.0.1:9',
  rateLimit: false,
});

describe('closing a worker whose Redis cannot be reached', () => {
  it.each([false, true])(
    'returns instead of waiting for the connection forever (force: %s)',
    { timeout: 5_000 },
    async (force) => {
      // A free port: nothing listens there, so every connection attempt is refused.
      const connection = { host: '127.0.0.1', port: await freePort(), maxRetriesPerRequest: null };
      const worker = createEmailWorker({ connection, client, name: 'unreachable' });
      // Closed once it has been refused, while it keeps trying.
      await new Promise((resolve) => worker.once('error', resolve));
      worker.on('error', () => {});
      await expect(worker.close(force)).resolves.toBeUndefined();
    },
  );
});
