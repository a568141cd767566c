/**
 * A TCP proxy in front of a Redis, to break the connection where a real network would: after Redis
 * ran a command but before its answer reached the client (`dropNextReply`), or for a while (`down`).
 */
import { type Server, type Socket, connect, createServer } from 'node:net';

export interface FaultyProxy {
  /** `redis://127.0.0.1:<port>`: give it to the client under test. */
  url: string;
  /** The next answer Redis sends on any connection is swallowed, and that connection cut. */
  dropNextReply(): void;
  /** Cuts every connection and refuses new ones until `up()`. */
  down(): void;
  up(): void;
  close(): Promise<void>;
}

export async function faultyProxy(target: string): Promise<FaultyProxy> {
  const { hostname, port } = new URL(target);
  let drop = false;
  let refusing = false;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (refusing) return void client.destroy();
    const upstream = connect(Number(port), hostname);
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    open.add(client).add(upstream);
    client.on('close', () => open.delete(client));
    upstream.on('close', () => open.delete(upstream));
    client.on('error', cut).on('close', cut);
    upstream.on('error', cut).on('close', cut);
    client.pipe(upstream);
    upstream.on('data', (data: Buffer) => {
      if (!drop) return void client.write(data);
      drop = false;
      cut();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('proxy did not listen');
  return {
    url: `redis://127.0.0.1:${address.port}`,
    dropNextReply: () => void (drop = true),
    down: () => {
      refusing = true;
      for (const socket of open) socket.destroy();
    },
    up: () => void (refusing = false),
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
