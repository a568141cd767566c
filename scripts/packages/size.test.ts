/**
 * Size budgets: runs size-limit on the built dist/ with the budgets of .size-limit.cjs, and measures
 * what an app calling createResendClient ships (app-bundle-size.ts).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type AppBundleSize,
  type AppTarget,
  ENFORCE_WORKER_BUNDLE_BUDGET,
  WORKER_BUNDLE_BUDGET_BYTES,
  appBundleSize,
} from './app-bundle-size.js';

const run = promisify(execFile);
const { repoRoot } = inject('packed');

interface SizeEntry {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

let entries: SizeEntry[];

beforeAll(async () => {
  // size-limit exits 1 when a budget is exceeded; its JSON report is on stdout either way.
  const { stdout } = await run(join(repoRoot, 'node_modules/.bin/size-limit'), ['--json'], { cwd: repoRoot }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  entries = JSON.parse(stdout) as SizeEntry[];
  // The totals (openapi-fetch included) are part of the report, not just pass/fail.
  console.log(
    entries
      .map((e) => `${e.name}: ${(e.size / 1000).toFixed(2)} kB (limit ${(e.sizeLimit / 1000).toFixed(2)} kB)`)
      .join('\n'),
  );
});

describe('size budgets (min + gzip)', () => {
  it('measures every budget in .size-limit.cjs', () => {
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^@resendkit\/bullmq/),
        expect.stringMatching(/^@resendkit\/redis/),
        expect.stringMatching(/^@resendkit\/client \(own code/),
        expect.stringMatching(/^@resendkit\/types/),
        expect.stringMatching(/^@resendkit\/pagination/),
        expect.stringMatching(/^@resendkit\/mock/),
        expect.stringMatching(/^@resendkit\/webhooks/),
      ]),
    );
  });

  it('budgets the client runtime a createResendClient() user ships apart from the whole package', () => {
    const whole = entries.find((e) => e.name.startsWith('@resendkit/client (own code'))!;
    const core = entries.find((e) => e.name.startsWith('@resendkit/client: createResendClient only (own code'))!;
    // Tree-shaking must keep sendAll, the wrappers and the error helpers (~2.8 kB) out of the core. An
    // absolute margin, not a ratio: the send path every call needs may grow without them coming back.
    expect(whole.size - core.size).toBeGreaterThan(2500);
  });

  it('keeps every package within its budget', () => {
    expect(entries.filter((e) => !e.passed).map((e) => `${e.name}: ${e.size} B > ${e.sizeLimit} B`)).toEqual([]);
  });
});

describe('what an app calling createResendClient ships (client + openapi-fetch + types, esbuild, min + gzip)', () => {
  let sizes: Record<AppTarget, AppBundleSize>;

  beforeAll(async () => {
    const [worker, node, composed] = await Promise.all([
      appBundleSize(repoRoot, 'worker/browser'),
      appBundleSize(repoRoot, 'node'),
      appBundleSize(repoRoot, 'worker/browser, composed'),
    ]);
    sizes = { 'worker/browser': worker, node, 'worker/browser, composed': composed };
    const budget = `budget ${(WORKER_BUNDLE_BUDGET_BYTES / 1000).toFixed(2)} kB, ${ENFORCE_WORKER_BUNDLE_BUDGET ? 'enforced' : 'not enforced yet (ENFORCE_WORKER_BUNDLE_BUDGET)'}`;
    const line = (s: AppBundleSize, what: string, note = '') =>
      `${what}, ${s.target}: ${(s.gzipBytes / 1000).toFixed(2)} kB min+gz (${(s.minifiedBytes / 1000).toFixed(2)} kB min)${note}`;
    console.log(
      [
        line(worker, 'createResendClient app bundle', `; ${budget}`),
        line(node, 'createResendClient app bundle'),
        line(
          composed,
          "the client README's smallest client for workers",
          `; budget ${(WORKER_BUNDLE_BUDGET_BYTES / 1000).toFixed(2)} kB, enforced`,
        ),
      ].join('\n'),
    );
  });

  it('keeps the smallest client for workers (composed from compose, README) within the worker budget', () => {
    const composed = sizes['worker/browser, composed'];
    expect(composed.gzipBytes).toBeLessThanOrEqual(WORKER_BUNDLE_BUDGET_BYTES);
    // The composition leaves out the endpoint methods, the limiter and the observability layers: far
    // smaller than createResendClient, or tree-shaking of the compose entry broke.
    expect(composed.gzipBytes).toBeLessThan(sizes['worker/browser'].gzipBytes * 0.6);
  });

  it('bundles for workers/browsers and for Node, openapi-fetch included, the Node path in the Node one only', () => {
    for (const size of Object.values(sizes)) {
      expect(size.withOpenapiFetch, size.target).toBe(true);
      expect(size.gzipBytes, size.target).toBeLessThan(size.minifiedBytes);
    }
    // More than the client's own code alone (size-limit's entry, from the same Node build): openapi-fetch is in.
    const ownCode = entries.find((e) => e.name.startsWith('@resendkit/client: createResendClient only (own code'))!;
    expect(sizes.node.gzipBytes).toBeGreaterThan(ownCode.size);
    // The build for other platforms leaves the Node path and its light request out.
    expect(sizes['worker/browser'].gzipBytes).toBeLessThan(sizes.node.gzipBytes);
  });

  it.runIf(ENFORCE_WORKER_BUNDLE_BUDGET)(
    `keeps the worker/browser bundle within ${WORKER_BUNDLE_BUDGET_BYTES / 1000} kB`,
    () => {
      expect(sizes['worker/browser'].gzipBytes).toBeLessThanOrEqual(WORKER_BUNDLE_BUDGET_BYTES);
    },
  );
});
