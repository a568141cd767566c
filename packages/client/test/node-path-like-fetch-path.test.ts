/**
 * The Node path (undici's dispatcher) and the fetch path (Node's `fetch`) given the same bytes by a
 * raw TCP server on 127.0.0.1 must give the same result: a `Content-Encoding` list, and a status
 * above 599 (a `Response` cannot be made with one; Node's `fetch` hands it on).
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResendClient } from '../src/client.js';
import { runtime } from '../src/shared/runtime.js';

const page = JSON.stringify({ object: 'list', has_more: false, data: [] });

/** Raw answers by path: status line, headers and body bytes, exactly as sent. */
const answers: Record<string, [head: string, body: Buffer]> = {
  s600: ['HTTP/1.1 600 Weird\r\ncontent-type: application/json', Buffer.from('{}')],
  s600named: ['HTTP/1.1 600 Weird\r\ncontent-type: application/json', Buffer.from('{"name":"odd","message":"Odd."}')],
  gzipIdentity: [
    'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip, identity',
    Buffer.from(page),
  ],
  identity: ['HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: identity', Buffer.from(page)],
  gzipGzip: [
    'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip, gzip',
    gzipSync(gzipSync(page)),
  ],
  deflateGzip: [
    'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: Deflate ,GZIP',
    gzipSync(deflateSync(page)),
  ],
};

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((socket) =>
    socket.on('data', (data) => {
      const path = /^GET \/(\w+)/.exec(String(data))?.[1];
      const [head, body] = answers[path ?? ''] ?? ['HTTP/1.1 404 Not Found', Buffer.from('')];
      socket.end(
        Buffer.concat([Buffer.from(`${head}\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`), body]),
      );
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

/** What a call's result shows on the path a client takes. */
async function outcome(viaFetch: boolean, path: string) {
  const resend = createResendClient({
    apiKey: 're_test_123456',
    baseUrl,
    rateLimit: false,
    retry: false,
    ...(viaFetch ? { fetch: (request: Request) => globalThis.fetch(request) } : {}),
  });
  expect(resend.transport).toBe(viaFetch ? 'fetch' : 'node');
  const { data, error, response } = await resend.GET(`/${path}` as '/emails');
  return { data, error, status: response.status };
}

describe.runIf(runtime().name === 'node')('the Node path and the fetch path given the same answer', () => {
  it.each(['gzipIdentity', 'identity', 'gzipGzip', 'deflateGzip'])(
    'decode a content-encoding list alike (%s)',
    async (path) => {
      const [node, fetch] = [await outcome(false, path), await outcome(true, path)];
      expect(node).toEqual(fetch);
      expect(node).toEqual({ data: JSON.parse(page), error: undefined, status: 200 });
    },
  );

  it('answer a status above 599 alike: a typed invalid_response for a body that is no error body', async () => {
    const [node, fetch] = [await outcome(false, 's600'), await outcome(true, 's600')];
    expect(node).toEqual(fetch);
    expect(node.error).toMatchObject({ name: 'invalid_response', statusCode: 600 });
  });

  it('answer a status above 599 alike: the error body as it is, status and all', async () => {
    const [node, fetch] = [await outcome(false, 's600named'), await outcome(true, 's600named')];
    expect(node).toEqual(fetch);
    expect(node).toEqual({ data: undefined, error: { name: 'odd', message: 'Odd.' }, status: 600 });
  });
});
