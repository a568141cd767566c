/**
 * The Redis the `distributed` suite shares between its worker processes: `REDIS_URL` when set, else
 * a redis-server started here on a free loopback port with persistence off (`REDIS_SERVER_BIN`, else
 * PATH, else /usr/bin/redis-server), stopped by `stop()`.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { connect, createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** Why the suite cannot run, in one line. */
export const REDIS_NOT_FOUND = 'redis-server not found: install Debian package redis-server (apt-get install redis-server) or set REDIS_URL';

/** A Redis to use and how to let it go. */
export interface BenchRedis {
  url: string;
  stop(): Promise<void>;
}

function findBinary(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [process.env.REDIS_SERVER_BIN, ...dirs.map((d) => join(d, 'redis-server')), '/usr/bin/redis-server'].find((file) => {
    if (!file) return false;
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(true)).once('error', () => resolve(false));
    setTimeout(() => socket.destroy(), 200);
  });
}

/** `REDIS_URL`, or a fresh redis-server; throws {@link REDIS_NOT_FOUND} when there is neither. */
export async function benchRedis(): Promise<BenchRedis> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  const bin = findBinary();
  if (!bin) throw new Error(REDIS_NOT_FOUND);
  const port = await freePort();
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('redis-server did not start within 10 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
