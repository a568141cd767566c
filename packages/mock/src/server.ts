/**
 * `@resendkit/mock/server`: serves a fake's core over node:http on a local port. This is the only
 * entry that imports a Node built-in, so the core bundles for browsers, Workers and edge runtimes.
 * @module @resendkit/mock/server
 */
import { thrownText } from '@resendkit/client/shared';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkFake } from './check-fake.js';
import { exchangeSignal } from './exchange-signal.js';
import { requestBody } from './request-body.js';
import type { FakeResend } from './fake.js';
import { checkListenOptions, type ListenOptions } from './listen-options.js';
import type { FakeOptionsError } from './options-error.js';
import { exposedWarning, hostRefusal, isLoopback, isLoopbackHostHeader } from './inbox/exposure.js';
import { INBOX_PREFIX, isInboxPath, serveInbox } from './inbox/serve.js';
import { answerClientError, endWithError } from './raw-answer.js';

export type { ListenOptions };

/** A running local server. */
export interface FakeServer {
  /** Its base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The web inbox on the same port, e.g. `http://127.0.0.1:41234/_inbox/`. */
  readonly inboxUrl: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

// The fetch standard forbids these methods in a `Request`; the server answers them itself.
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** The core's error shape, for answers the server gives without the core. */
function jsonError(statusCode: number, name: string, message: string): { status: number; body: string } {
  return { status: statusCode, body: JSON.stringify({ statusCode, name, message }) };
}

/** The body stays a stream, so the core checks the key and User-Agent before reading any of it. */
function toRequest(req: IncomingMessage, res: ServerResponse, origin: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    signal,
    ...(hasBody ? { body: requestBody(req, res), duplex: 'half' } : {}),
  } as RequestInit);
}

function send(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/** Hands one API request to the fake and writes its answer (or cuts the socket). */
function answerApi(req: IncomingMessage, res: ServerResponse, served: Served): void {
  const address = served.server.address() as AddressInfo;
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  Promise.resolve()
    .then(() => served.fake.handle(toRequest(req, res, origin, exchangeSignal(res, served.closing.signal))))
    .then(async (outcome) => {
      if (outcome.kind === 'cut') {
        req.socket.destroy();
        return;
      }
      const { response } = outcome;
      const body = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, {
        ...Object.fromEntries(response.headers),
        'content-length': String(body.length),
      });
      res.end(body);
    })
    .catch((error: unknown) => {
      const failure = jsonError(500, 'application_error', `The fake failed: ${thrownText(error)}`);
      send(res, failure.status, failure.body);
    });
}

/** What routing a request needs from the running server. */
interface Served {
  fake: FakeResend;
  server: Server;
  loopbackOnly: boolean;
  /** Aborted on close(): test-API requests waiting for an email answer at once. */
  closing: AbortController;
}

/** Sends a request to the inbox or to the fake, refusing foreign hosts and methods a `Request` cannot carry. */
function route(req: IncomingMessage, res: ServerResponse, served: Served): void {
  const { fake, loopbackOnly, closing } = served;
  // Bound to loopback, every route refuses another Host: DNS rebinding must not reach the API either.
  if (loopbackOnly && !isLoopbackHostHeader(req.headers.host)) {
    const error = jsonError(403, 'host_not_allowed', hostRefusal(req.headers.host));
    return send(res, error.status, error.body);
  }
  // node:http passes on an absolute-form target (`GET http://host/path`) without checking it is a URL.
  if (!URL.canParse(req.url ?? '/', 'http://127.0.0.1')) {
    const error = jsonError(
      400,
      'validation_error',
      `The request target ${JSON.stringify(req.url)} is not a valid URL.`,
    );
    return send(res, error.status, error.body);
  }
  // The inbox sits beside the API under a prefix no API path uses; it never reaches the fake.
  if (isInboxPath(req.url))
    return serveInbox(req, res, fake.inbox, loopbackOnly, { fake, closing: closing.signal }, (email) =>
      fake.receiveEmail(email),
    );
  const method = (req.method ?? 'GET').toUpperCase();
  if (FORBIDDEN_METHODS.has(method)) {
    const error = jsonError(405, 'method_not_allowed', `Method ${method} is not allowed.`);
    return send(res, error.status, error.body);
  }
  answerApi(req, res, served);
}

/** Routes one request; whatever it carries, it gets an answer, and the process never dies of one. */
function answer(req: IncomingMessage, res: ServerResponse, served: Served): void {
  try {
    route(req, res, served);
  } catch (error) {
    const failure = jsonError(500, 'application_error', `The server failed: ${thrownText(error)}`);
    send(res, failure.status, failure.body);
  }
}

/**
 * Ends waits, drops open connections and stops listening. The waits answer (an empty list) in the
 * turn after `closing` aborts, so the connections are dropped one turn later: at once, a long poll
 * got a dropped connection instead of its answer.
 */
function closeServer(served: Served): Promise<void> {
  return new Promise<void>((resolveClose) => {
    served.closing.abort();
    setImmediate(() => {
      served.server.closeAllConnections();
      served.server.close(() => resolveClose());
    });
  });
}

/**
 * Serves `fake` over HTTP (Node only) until `close()`. A cut connection (fault injection) destroys
 * the socket without an answer. Rejects with a {@link FakeOptionsError} naming `fake`, `port`,
 * `host` or `options` when one is not what it should be, or an option name it does not know, before
 * anything listens.
 *
 * @example
 * ```ts
 * const server = await listen(createFakeResend());
 * const resend = new Resend('re_test', { baseUrl: server.url });
 * await server.close();
 * ```
 */
export async function listen(fake: FakeResend, options: ListenOptions = {}): Promise<FakeServer> {
  checkFake('listen', fake);
  checkListenOptions(options);
  const host = options.host ?? '127.0.0.1';
  const loopbackOnly = isLoopback(host);
  const server = createServer((req, res) => answer(req, res, served));
  const served: Served = { fake, server, loopbackOnly, closing: new AbortController() };
  // CONNECT never reaches the request handler; it is answered on the raw socket.
  server.on('connect', (_req, socket) =>
    endWithError(socket, 405, 'method_not_allowed', 'Method CONNECT is not allowed.'),
  );
  server.on('clientError', answerClientError);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  // Anything but loopback exposes the API and the inbox's data: allowed, but never silently.
  if (!loopbackOnly) console.warn(exposedWarning(host));
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // Reading the fake's state sends its scheduled emails when due (scheduled-release.ts): without this
  // check once a second, their webhooks and the inbox would wait for the next request. Unref'd, so
  // it never keeps the process alive.
  const releasing = setInterval(() => {
    try {
      void fake.state;
    } catch {
      // Thrown from a timer it would end the process; the next request meets it and answers 500.
    }
  }, 1000).unref();
  return {
    url,
    inboxUrl: `${url}${INBOX_PREFIX}/`,
    close: () => (clearInterval(releasing), closeServer(served)),
  };
}
