/**
 * Pagination: walk N emails at limit 100 from the fake (limiter off) with `paginate` — items/s and
 * heap growth of the consumer process (the fake runs in a child process).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createResendClient } from '@resendkit/client';
import { paginate } from '@resendkit/pagination';
import { fullGc } from './gc.js';
import { round } from './stats.js';

/** Parameters of {@link measurePagination}. */
export interface PaginationConfig {
  /** Walks over the same seeded fake. */
  runs: number;
  /** Items to seed and walk. */
  items: number;
}

/** One walk's figures. */
export interface PaginationRun {
  items: number;
  elapsedMs: number;
  itemsPerSecond: number;
  /** Peak `heapUsed` during the walk minus `heapUsed` after a full GC before it, in MB (target < 30). */
  peakHeapGrowthMB: number;
  /** `heapUsed` after a full GC after the walk minus before, in MB (what the walk left behind). */
  retainedHeapMB: number;
}

/** What {@link measurePagination} reports. */
export interface PaginationResult {
  /** Time the child took to seed the fake (not part of the figure). */
  seedMs: number;
  runs: PaginationRun[];
}

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');

async function startFake(items: number): Promise<{ child: ChildProcess; url: string; seedMs: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, 'src/pagination-fake.ts'), String(items)], {
    cwd: benchDir,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end !== -1) resolve(text.slice(0, end));
    });
    child.once('exit', (code) => reject(new Error(`pagination fake exited with code ${code}`)));
    child.once('error', reject);
  });
  const { url, seedMs } = JSON.parse(line) as { url: string; seedMs: number };
  return { child, url, seedMs };
}

async function walk(url: string, expected: number): Promise<PaginationRun> {
  const resend = createResendClient({
    apiKey: 're_bench_0123456789abcdef',
    baseUrl: url,
    rateLimit: false,
    userAgent: 'bench/1.0',
  });
  fullGc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let count = 0;
  const start = performance.now();
  for await (const email of paginate(resend, '/emails', { params: { query: { limit: 100 } } })) {
    if (email.id) count++;
    if (count % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const elapsedMs = performance.now() - start;
  if (count !== expected) throw new Error(`pagination walked ${count} of ${expected} items`);
  fullGc();
  const after = process.memoryUsage().heapUsed;
  const mb = (bytes: number) => round(bytes / 2 ** 20, 1);
  return {
    items: count,
    elapsedMs: round(elapsedMs, 0),
    itemsPerSecond: round(count / (elapsedMs / 1000), 0),
    peakHeapGrowthMB: mb(peak - before),
    retainedHeapMB: mb(after - before),
  };
}

/** Seeds a fake in a child process and walks it `config.runs` times. */
export async function measurePagination(config: PaginationConfig): Promise<PaginationResult> {
  const { child, url, seedMs } = await startFake(config.items);
  try {
    const runs: PaginationRun[] = [];
    for (let i = 0; i < config.runs; i++) runs.push(await walk(url, config.items));
    return { seedMs: round(seedMs, 0), runs };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin?.end();
    await exited;
  }
}
