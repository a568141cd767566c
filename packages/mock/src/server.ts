/** node:http adapter: serves the fake's core on a local port. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeOutcome, ListenOptions } from './fake.js';
import { isLoopback } from './inbox/exposure.js';
import { isInboxPath, serveInbox } from './inbox/serve.js';
import type { InboxSource } from './inbox/source.js';

/** A started server. */
export interface StartedServer {
  url: string;
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

/** Starts listening; a cut outcome destroys the socket without an answer. */
export async function startServer(handle: (request: Request) => Promise<FakeOutcome>, options: ListenOptions, inbox?: InboxSource): Promise<StartedServer> {
  const host = options.host ?? '127.0.0.1';
  const loopbackOnly = isLoopback(host);
  const server = createServer((req, res) => {
    // The inbox sits beside the API under a prefix no API path uses; it never reaches the fake.
    if (inbox && isInboxPath(req.url)) return serveInbox(req, res, inbox, loopbackOnly);
    const address = server.address() as AddressInfo;
    const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    toRequest(req, origin)
      .then(handle)
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
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
