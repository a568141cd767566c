/** A request the fake refuses before reading its body: answered at once, and its connection still usable. */
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen } from '../src/server.js';
import { HEADERS } from './helpers.js';

const UPLOAD_BYTES = 5 * 1024 * 1024;

/** Resolves with what the socket has received once it holds `count` HTTP answers, or after 3 s. */
function answers(socket: ReturnType<typeof connect>, count: number): Promise<string> {
  let received = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(received), 3_000);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      if (received.split('HTTP/1.1 ').length - 1 < count) return;
      clearTimeout(timer);
      resolve(received);
    });
  });
}

it('drops the rest of an upload refused before its body was read, so its connection serves the next request', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const server = await listen(fake);
  const { port } = new URL(server.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const received = answers(socket, 2);
  const upload = [
    'POST /emails HTTP/1.1',
    `host: 127.0.0.1:${port}`,
    'authorization: Bearer not-a-key',
    'user-agent: big-upload/1.0',
    'content-type: application/json',
    `content-length: ${UPLOAD_BYTES}`,
  ];
  const body = `{"html":"${'x'.repeat(UPLOAD_BYTES - 11)}"}`;
  // The first part; the rest is written once the refusal is in, as a client still sending would.
  socket.write(`${upload.join('\r\n')}\r\n\r\n${body.slice(0, 64 * 1024)}`);
  await new Promise<void>((resolve) => socket.once('data', () => resolve()));
  const next = ['GET /domains HTTP/1.1', `host: 127.0.0.1:${port}`, `authorization: ${HEADERS.authorization}`];
  socket.write(`${body.slice(64 * 1024)}${next.join('\r\n')}\r\nuser-agent: big-upload/1.0\r\n\r\n`);
  const text = await received;
  socket.destroy();
  await server.close();
  expect(text).toMatch(/^HTTP\/1\.1 403 /);
  expect(text).toMatch(/HTTP\/1\.1 200 [\s\S]*"object":"list"/);
});
