/**
 * Starts test/support/worker.ts in a child process and reads its output. The worker is bundled
 * once with esbuild (Redis clients left external), so each process starts in plain node quickly
 * instead of transpiling the sources again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));
// Inside the package so the external clients resolve from its node_modules.
const BUNDLE = fileURLToPath(new URL('../../node_modules/.cache/redis-test-worker.mjs', import.meta.url));
let built: Promise<unknown> | undefined;

/** Bundles the worker (once per test file); await it before the timed part of a test. */
export function buildWorker(): Promise<unknown> {
  built ??= build({
    entryPoints: [SOURCE],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['redis', 'redis4', 'ioredis'],
    logLevel: 'error',
  });
  return built;
}

export interface Worker {
  child: ChildProcess;
  /** Resolves with the first output line matching `test`. */
  line(test: (line: string) => boolean): Promise<string>;
  /** Resolves when the process exited. */
  exited: Promise<number | null>;
}

export function startWorker(job: Record<string, unknown>): Worker {
  const child = spawn(process.execPath, [BUNDLE], {
    env: { ...process.env, WORKER: JSON.stringify(job) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    if (process.env.WORKER_DEBUG) process.stderr.write(d);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const line = (test: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = out.split('\n').find(test);
        if (found !== undefined) resolve(found);
      };
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        check();
      });
      void exited.then((code) => {
        check();
        reject(new Error(`worker exited (${code}) without the expected output: ${err.slice(-2000)}`));
      });
    });
  return { child, line, exited };
}
