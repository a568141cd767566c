/**
 * The test API's email query (`GET /_inbox/api/emails?to=…&wait=…`) answers after a turn; a failure
 * while it builds that answer must become a JSON 500, not an unhandled rejection that ends the
 * process. A `--data` file written by hand can hold an email record the answer cannot be built from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { restore } from '../src/persist.js';
import { listen, type FakeServer } from '../src/server.js';
import { HEADERS } from './helpers.js';

const fake = createFakeResend({ rateLimit: false });
let server: FakeServer;
beforeAll(async () => {
  // Only an `id`: what a hand-written data file needs for the record to be restored.
  restore(fake, {
    format: 'resendkit-mock-data',
    version: 1,
    starts: 0,
    collections: { emails: [{ id: 'hand-written' }] },
  });
  server = await listen(fake);
});
afterAll(() => server.close());

describe('the test API email query on a record it cannot answer with', () => {
  it('answers a JSON 500 and the server keeps serving', async () => {
    const response = await fetch(`${server.inboxUrl}api/emails?wait=0`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^the emails could not be read: /) });
    const again = await fetch(`${server.url}/domains`, { headers: HEADERS });
    expect(again.status).toBe(200);
  });
});
