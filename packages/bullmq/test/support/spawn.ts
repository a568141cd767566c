/** Bundles test/support/worker-process.ts once (esbuild) and starts it in child processes. */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { workerBundler } from '../../../redis/test/support/spawn-worker.js';

const BUNDLE = fileURLToPath(new URL('../../node_modules/.cache/bullmq-test-worker.mjs', import.meta.url));

/** Bundles the worker; await it before the timed part of a test. */
export const buildWorker = workerBundler(fileURLToPath(new URL('./worker-process.ts', import.meta.url)), BUNDLE, [
  'bullmq',
  'ioredis',
]);

export interface WorkerProcess {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

/** Starts one worker process; `ready` resolves once it is connected. */
export function startWorker(job: Record<string, unknown>): WorkerProcess {
  const child = spawn(process.execPath, [BUNDLE], {
    env: { ...process.env, EMAIL_WORKER: JSON.stringify(job) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    if (process.env.WORKER_DEBUG) process.stderr.write(d);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready\n')) resolve();
    });
    void exited.then((code) => reject(new Error(`worker exited (${code}) before ready: ${err.slice(-2000)}`)));
  });
  return { child, ready, exited };
}
