/**
 * What importing the client costs on Node: its `fetch` implementation (undici, which `Response`,
 * `Request` and `fetch` load on first use, 20–28 ms of CPU) is not loaded by the import or by creating
 * a client, only by the first request, which still takes the Node path. Each case runs in a fresh
 * process (this one has long loaded undici); `pnpm test:nodes` runs this file on Node 22, 24 and 26.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runtime } from '../src/shared/runtime.js';
import { runScript } from './child-script.js';

// Whether Node has loaded its fetch implementation, read from the list of its own modules it loaded.
const LOADED = `const fetchLoaded = () => process.moduleLoadList.some((name) => name.includes('deps/undici'));`;

// A fresh Node compiling the sources with tsx takes seconds on a loaded machine, near the default
// 5 s limit; runScript gives it 20 s.
// Node's own module list is what these read; Bun and Deno have no lazy fetch implementation to load.
describe.runIf(runtime().name === 'node')('importing the client on Node', { timeout: 30_000 }, () => {
  it('loads no fetch implementation at import or when a client is made', async () => {
    const { code, out } = await runScript(`${LOADED}
const { createResendClient } = await import('./src/index.ts');
await import('./src/compose.ts');
console.log(fetchLoaded());
createResendClient({ apiKey: 're_123456789', baseUrl: 'http://127.0.0.1:9' });
console.log(fetchLoaded());`);
    expect({ code, lines: out.trim().split('\n') }).toEqual({ code: 0, lines: ['false', 'false'] });
  });

  it('sends its first request on the Node path, loading the fetch implementation then', async () => {
    // The server lives in this process: on Node 22 starting one loads undici, which would hide the load.
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"e-1"}'));
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const { code, out } = await runScript(`${LOADED}
const { createResendClient } = await import('./src/index.ts');
const resend = createResendClient({ apiKey: 're_123456789', baseUrl: 'http://127.0.0.1:${port}', rateLimit: false });
console.log(fetchLoaded());
console.log(resend.transport);
const { data } = await resend.emails.send({ from: 'a@acme.dev', to: 'b@example.com', subject: 'Hi', text: 'Hello' });
console.log(data?.id, fetchLoaded());`);
      expect({ code, lines: out.trim().split('\n') }).toEqual({ code: 0, lines: ['false', 'node', 'e-1 true'] });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
