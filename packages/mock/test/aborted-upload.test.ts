/** A client that hangs up in the middle of its request body: the fake is not to blame, and says so. */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen } from '../src/server.js';
import { HEADERS } from './helpers.js';

describe('an upload the client abandons halfway', () => {
  it('is logged as a 400 naming the cut body, not as a 500 failure of the fake', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const server = await listen(fake);
    const { port } = new URL(server.url);
    const logged = new Promise<void>((resolve) =>
      fake.inbox.subscribe((change) => change.kind === 'request' && resolve()),
    );
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const head = [
      'POST /emails HTTP/1.1',
      `host: 127.0.0.1:${port}`,
      `authorization: ${HEADERS.authorization}`,
      'user-agent: hang-up/1.0',
      'content-type: application/json',
      'content-length: 1000',
    ];
    // Destroyed once the server has the first part, so the rest of the body never arrives.
    socket.write(`${head.join('\r\n')}\r\n\r\n{"from":`, () => socket.destroy());
    await logged;
    const [entry] = fake.inbox.requests().items;
    expect(entry).toMatchObject({ method: 'POST', path: '/emails', status: 400, errorName: 'validation_error' });
    expect(entry!.errorMessage).toContain('request body');
    expect(fake.state.emails.size).toBe(0);
    await server.close();
  });
});
