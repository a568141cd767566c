/**
 * Requests node:http cannot parse never reach the fake: a request line or headers over the size
 * limit, a malformed header, a garbled request line. They are still answered in the API's error
 * shape, so a client reports why instead of an empty answer it can only call a server error. So is
 * a target node:http passes on but that is no URL, as the client's mistake, not the fake's failure.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';
import { HEADERS } from './helpers.js';

let server: FakeServer;
beforeAll(async () => {
  server = await listen(createFakeResend({ rateLimit: false }));
});
afterAll(() => server.close());

/** Writes `head` on a fresh connection and resolves with everything read until the server closes it. */
function rawExchange(head: string): Promise<string> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

/** The status line and the JSON body of a raw answer. */
function parseAnswer(raw: string): { statusLine: string; contentType: string | undefined; body: unknown } {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const contentType = lines.find((line) => /^content-type:/i.test(line))?.replace(/^content-type:\s*/i, '');
  return { statusLine, contentType, body: body === '' ? undefined : JSON.parse(body) };
}

const auth = `Host: 127.0.0.1\r\nUser-Agent: ${HEADERS['user-agent']}\r\nAuthorization: ${HEADERS.authorization}\r\n`;

describe('a request node:http cannot parse', () => {
  it('answers headers over the size limit with a JSON 431 in the error shape', async () => {
    const answer = parseAnswer(await rawExchange(`GET /emails?q=${'a'.repeat(20_000)} HTTP/1.1\r\n${auth}\r\n`));
    expect(answer.statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(answer.contentType).toBe('application/json; charset=utf-8');
    expect(answer.body).toEqual({
      statusCode: 431,
      name: 'validation_error',
      message: expect.stringMatching(/headers/),
    });
  });

  it('answers chunk extensions over the size limit with a JSON 413 in the error shape', async () => {
    const head = `POST /emails HTTP/1.1\r\n${auth}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const answer = parseAnswer(await rawExchange(`${head}2;${'a'.repeat(20_000)}\r\n{}\r\n0\r\n\r\n`));
    expect(answer.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(answer.body).toMatchObject({ statusCode: 413, name: 'validation_error' });
  });

  it('answers a malformed header with a JSON 400 in the error shape', async () => {
    const answer = parseAnswer(await rawExchange(`GET /emails HTTP/1.1\r\n${auth}Not A Header\r\n\r\n`));
    expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(answer.body).toEqual({
      statusCode: 400,
      name: 'validation_error',
      message: expect.stringMatching(/^The request is not valid HTTP/),
    });
  });

  it('answers a garbled request line with a JSON 400 and keeps serving', async () => {
    expect(parseAnswer(await rawExchange('NOT HTTP AT ALL\r\n\r\n')).body).toMatchObject({ statusCode: 400 });
    expect((await fetch(`${server.url}/domains`, { headers: HEADERS })).status).toBe(200);
  });
});

describe('a request target that is not a URL', () => {
  it.each(['http://a:99999/emails', 'http://[::1/emails', 'http://%zz/_inbox/api/emails'])(
    'answers %s with a JSON 400, not a 500',
    async (target) => {
      const answer = parseAnswer(await rawExchange(`GET ${target} HTTP/1.1\r\n${auth}Connection: close\r\n\r\n`));
      expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
      expect(answer.body).toEqual({
        statusCode: 400,
        name: 'validation_error',
        message: expect.stringMatching(/is not a valid URL/),
      });
    },
  );
});
