/**
 * Starts test/support/worker.ts in a child process and reads its output. The worker is bundled
 * once with esbuild (Redis clients left external), so each process starts in plain node quickly
 * instead of transpiling the sources again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * A function that bundles `source` into `bundle` with esbuild the first time it is called (later
 * calls share that build), leaving `external` packages to resolve from the bundle's folder. Put the
 * bundle inside the package, so those resolve from its node_modules.
 */
export function workerBundler(source: string, bundle: string, external: string[]): () => Promise<unknown> {
  let built: Promise<unknown> | undefined;
  return () =>
    (built ??= build({
      entryPoints: [source],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external,
      logLevel: 'error',
    }));
}

const BUNDLE = fileURLToPath(new URL('../../node_modules/.cache/redis-test-worker.mjs', import.meta.url));

/** Bundles the worker (once per test file); await it before the timed part of a test. */
export const buildWorker = workerBundler(fileURLToPath(new URL('./worker.ts', import.meta.url)), BUNDLE, [
  'redis',
  'redis4',
  'ioredis',
]);

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
