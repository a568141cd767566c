/**
 * A real redis-server for the tests: `REDIS_URL` when set, else one started here on a free loopback
 * port with persistence off (binary: `REDIS_SERVER_BIN`, else `redis-server` on PATH, else
 * /usr/bin/redis-server). Stopped by `stop()`; `kill()`/`start()` simulate an outage.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { freePort } from '../../../../scripts/packages/free-port.js';

export const NOT_FOUND =
  'redis-server not found: install Debian package redis-server (apt-get install redis-server) or set REDIS_URL';

/**
 * The redis-server binary, or `undefined`: `REDIS_SERVER_BIN`, else `redis-server` on PATH, else one
 * of the usual places.
 */
export function findRedisServer(
  env: NodeJS.ProcessEnv = process.env,
  usual = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'],
): string | undefined {
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'redis-server'));
  return [env.REDIS_SERVER_BIN, ...onPath, ...usual].find((file) => {
    if (!file) return false;
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** A redis-server this process started (or the one at `REDIS_URL`, which `kill`/`start` cannot touch). */
export interface TestRedis {
  url: string;
  /** True when the server was started here (so it can be killed and restarted). */
  owned: boolean;
  /** SIGKILLs the server (no-op for `REDIS_URL`). */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops it for good. */
  stop(): Promise<void>;
}

/**
 * An own server (ignoring `REDIS_URL`), for tests that must kill and restart it. `args` come after
 * the defaults and override them (e.g. `--appendonly yes --dir <tmp>` for a server that persists).
 */
export async function startOwnRedis(args: readonly string[] = []): Promise<TestRedis> {
  const bin = findRedisServer();
  if (!bin) throw new Error(NOT_FOUND);
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const all = [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--loglevel',
        'warning',
        ...args,
      ];
      const proc = spawn(bin, all, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      let out = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s: ${out}`)), 10_000);
      const probe = setInterval(() => {
        // Ready when it accepts a connection (log lines vary across versions and log levels).
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          clearInterval(probe);
          clearTimeout(timer);
          resolve();
        });
        socket.once('error', () => socket.destroy());
      }, 20);
      proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
      proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
      proc.once('exit', (code) => {
        clearInterval(probe);
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}): ${out}`));
      });
    });
  const kill = () =>
    new Promise<void>((resolve) => {
      const proc = child;
      child = undefined;
      if (!proc || proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });
  await start();
  return { url: `redis://127.0.0.1:${port}`, owned: true, kill, start, stop: kill };
}

/** `REDIS_URL` when set, else an own server. */
export async function testRedis(): Promise<TestRedis> {
  const url = process.env.REDIS_URL;
  if (url) return { url, owned: false, kill: async () => {}, start: async () => {}, stop: async () => {} };
  return startOwnRedis();
}
