/** A request the fake refuses before reading its body: answered at once, and its connection not left holding the unread upload. */
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen } from '../src/server.js';

it('answers a request refused before its body is read and closes its connection instead of leaving it stuck', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const server = await listen(fake);
  const { port } = new URL(server.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const ended = new Promise<string>((resolve) => socket.once('end', () => resolve('closed by the server')));
  const head = [
    'POST /emails HTTP/1.1',
    `host: 127.0.0.1:${port}`,
    'authorization: Bearer not-a-key',
    'user-agent: big-upload/1.0',
    'content-type: application/json',
    `content-length: ${5 * 1024 * 1024}`,
  ];
  // The first 64 KiB of a 5 MiB upload: the rest would follow as the server reads.
  socket.write(`${head.join('\r\n')}\r\n\r\n{"html":"${'x'.repeat(64 * 1024)}`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still open after 3 s'), 3_000)));
  const outcome = await Promise.race([ended, bound]);
  clearTimeout(timer);
  socket.destroy();
  await server.close();
  expect(received).toMatch(/^HTTP\/1\.1 403 /);
  expect(outcome).toBe('closed by the server');
});
