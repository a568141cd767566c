/**
 * `pnpm demo --queue --workers 4` end to end at a small scale: the demo's own entry in a child
 * process, against a redis-server this test starts on 127.0.0.1; its summary line must say every
 * email was sent, with 0 × 429 and 0 duplicates.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestRedis, startOwnRedis } from '../../../packages/redis/test/support/redis-server.js';
import { queueCount, runQueueDemo } from '../src/queue-demo.js';

const DEMO = fileURLToPath(new URL('..', import.meta.url));

/** Runs `src/main.ts` with `args`; SIGKILLed (its workers then exit on their own) after `limitMs`. */
function runDemo(args: string[], env: NodeJS.ProcessEnv, limitMs: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: DEMO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

describe('pnpm demo --queue', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startOwnRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('drains 300 emails with 4 worker processes: every email sent once, 0 × 429', async () => {
    const { code, output } = await runDemo(
      ['--queue', '--workers', '4'],
      { DEMO_COUNT: '300', REDIS_URL: redis.url },
      90_000,
    );
    expect(output).toContain('300 emails on a BullMQ queue, 4 worker processes');
    const summary =
      /(\d+) of (\d+) jobs completed in [\d.]+ s through (\d+) requests: (\d+) × 429, (\d+) duplicates, (\d+) missing\./.exec(
        output,
      );
    expect(summary?.slice(1).map(Number)).toEqual([300, 300, expect.any(Number), 0, 0, 0]);
    // 100 emails per batch request: at least 3.
    expect(Number(summary?.[3])).toBeGreaterThanOrEqual(3);
    expect(code).toBe(0);
  }, 120_000);
});

describe('DEMO_COUNT of the queue demo', () => {
  it('defaults to 1,000 and refuses anything but a whole number from 1 to 100,000, before starting anything', async () => {
    expect(queueCount({})).toBe(1000);
    expect(queueCount({ DEMO_COUNT: ' 250 ' })).toBe(250);
    for (const bad of ['0', '-5', '2.5', 'many', '100001']) {
      expect(queueCount({ DEMO_COUNT: bad })).toMatch(/^DEMO_COUNT must be a whole number from 1 to 100000 \(got "/);
    }
    // Exit code 2 without a Redis or a worker: REDIS_URL points nowhere and is never used.
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => void errors.push(message);
    try {
      expect(await runQueueDemo(4, { DEMO_COUNT: 'many', REDIS_URL: 'redis://127.0.0.1:9' })).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors).toEqual(['DEMO_COUNT must be a whole number from 1 to 100000 (got "many").']);
  });
});
