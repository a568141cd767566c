/**
 * `@resendkit/mock/server`: serves a fake's core over node:http on a local port. This is the only
 * entry that imports a Node built-in, so the core bundles for browsers, Workers and edge runtimes.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeResend } from './fake.js';
import { isLoopback } from './inbox/exposure.js';
import { INBOX_PREFIX, isInboxPath, serveInbox } from './inbox/serve.js';

/** Options for {@link listen}. */
export interface ListenOptions {
  /**
   * Port to listen on; 0 picks a free one.
   * @defaultValue 0
   */
  port?: number;
  /**
   * Interface to bind.
   * @defaultValue `127.0.0.1`
   */
  host?: string;
}

/** A running local server. */
export interface FakeServer {
  /** Its base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The web inbox on the same port, e.g. `http://127.0.0.1:41234/_inbox/`. */
  readonly inboxUrl: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = Buffer.concat(chunks);
  }
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body: body?.length ? new Uint8Array(body) : undefined });
}

/**
 * Serves `fake` over HTTP (Node only) until `close()`. A cut connection (fault injection) destroys
 * the socket without an answer.
 *
 * @example
 * ```ts
 * const server = await listen(createFakeResend());
 * const resend = new Resend('re_test', { baseUrl: server.url });
 * await server.close();
 * ```
 */
export async function listen(fake: FakeResend, options: ListenOptions = {}): Promise<FakeServer> {
  const host = options.host ?? '127.0.0.1';
  const loopbackOnly = isLoopback(host);
  const server = createServer((req, res) => {
    // The inbox sits beside the API under a prefix no API path uses; it never reaches the fake.
    if (isInboxPath(req.url)) return serveInbox(req, res, fake.inbox, loopbackOnly);
    const address = server.address() as AddressInfo;
    const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    toRequest(req, origin)
      .then((request) => fake.handle(request))
      .then(async (outcome) => {
        if (outcome.kind === 'cut') {
          req.socket.destroy();
          return;
        }
        const { response } = outcome;
        const body = Buffer.from(await response.arrayBuffer());
        res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': String(body.length) });
        res.end(body);
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('fake failed');
      });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    inboxUrl: `${url}${INBOX_PREFIX}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
