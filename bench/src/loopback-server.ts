/**
 * The overhead suite's server: keep-alive `node:http` on 127.0.0.1, in a worker thread so its work
 * does not share the measuring thread, answering every `POST /emails` at once with a fresh id.
 */
import { Worker } from 'node:worker_threads';

// Plain JS so the worker needs no TypeScript loader.
const SERVER_SOURCE = `
const { createServer } = require('node:http');
const { parentPort } = require('node:worker_threads');
let n = 0;
const server = createServer({ keepAliveTimeout: 60000 }, (req, res) => {
  req.resume();
  req.on('end', () => {
    const body = '{"id":"4ef9a417-02e9-4d39-ad75-9611e0fcc' + String(100 + (n++ % 900)) + '"}';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', (m) => { if (m === 'close') { server.closeAllConnections(); server.close(() => process.exit(0)); } });
`;

/** Starts the loopback server in a worker thread; resolves with its URL and a stop function. */
export async function startLoopbackServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const worker = new Worker(SERVER_SOURCE, { eval: true });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await exited;
    },
  };
}
