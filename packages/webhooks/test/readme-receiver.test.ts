/**
 * The README's runnable `node:http` receiver, its glue run as written (its own `createServer` stubbed,
 * so nothing binds port 3000): it must hand every request to the handler, not only the POST it sends.
 */
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type OutgoingHttpHeaders, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { signWebhook, webhookHandler } from '../src/index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const START = '```js\n// receiver.mjs\n';

/** The `receiver.mjs` block without its imports (the test passes in what they import). */
function receiverCode(): string {
  const start = README.indexOf(START);
  expect(start, 'the receiver.mjs block').toBeGreaterThan(-1);
  return README.slice(start + START.length, README.indexOf('```\n', start + START.length)).replace(/^import .*$/gm, '');
}

type AsyncFunctionOf = new (...names: string[]) => (...values: unknown[]) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as AsyncFunctionOf;

/** The listener the example gives `createServer`, captured by a stub whose `listen` does nothing. */
async function exampleListener(): Promise<RequestListener> {
  let listener: RequestListener | undefined;
  const stub = (given: RequestListener) => {
    listener = given;
    return { listen: () => undefined, close: () => undefined };
  };
  // An empty `process.env`, so the example uses its own test secret whatever this shell has set.
  await new AsyncFunction('createServer', 'signWebhook', 'webhookHandler', 'process', receiverCode())(
    stub,
    signWebhook,
    webhookHandler,
    { env: {} },
  );
  return listener!;
}

/** Sends one request with `node:http` (which, unlike fetch, sends any method), resolving with its status. */
function send(port: number, method: string, body?: string, headers: OutgoingHttpHeaders = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: '/webhooks', method, headers }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Runs the example's listener on a real server for what `client` sends, and awaits the listener's own
 * promise: a throw in the glue (which would end a real `node receiver.mjs`) fails the test here.
 */
async function serve<T>(listener: RequestListener, client: (port: number) => Promise<T>): Promise<T> {
  const server = createServer();
  const served = new Promise((resolve) => server.once('request', (req, res) => resolve(listener(req, res))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sent = client((server.address() as AddressInfo).port);
  sent.catch(() => undefined);
  try {
    await served;
    return await sent;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

describe("the README's node:http receiver", () => {
  it('answers a GET or HEAD (a browser, an uptime probe) with 405 instead of crashing the process', async () => {
    const listener = await exampleListener();
    expect(await serve(listener, (port) => send(port, 'GET'))).toBe(405);
    expect(await serve(listener, (port) => send(port, 'HEAD'))).toBe(405);
  });

  it('survives a method fetch refuses (TRACE) and an upload the client aborts', async () => {
    const listener = await exampleListener();
    // Node's fetch refuses TRACE (answered 400 by the glue); Bun's takes it (answered 405 by the handler).
    expect([400, 405]).toContain(await serve(listener, (port) => send(port, 'TRACE')));
    const aborted = (port: number) => {
      const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', headers: { 'content-length': 1000 } });
      request.on('error', () => undefined);
      request.write('{"type":');
      setTimeout(() => request.destroy(), 50);
      return Promise.resolve();
    };
    await serve(listener, aborted);
  });

  it('still acknowledges a signed delivery with 200', async () => {
    const listener = await exampleListener();
    const secret = /'(whsec_[^']+)'/.exec(receiverCode())![1]!;
    const body = JSON.stringify({ type: 'email.sent', created_at: new Date().toISOString(), data: {} });
    const headers = await signWebhook({ payload: body, secret });
    expect(await serve(listener, (port) => send(port, 'POST', body, headers))).toBe(200);
  });
});
