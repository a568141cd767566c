/**
 * What an app that calls `createResendClient` ships: the built client with openapi-fetch and
 * @resendkit/types bundled in by esbuild, minified, then gzipped — once as a worker/browser bundle
 * (`platform: 'browser'`, conditions `worker` and `browser`) and once for Node. Unlike the size-limit
 * entries, nothing is left out: this is the figure a Cloudflare Worker or a browser bundle grows by.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** The budget for the worker/browser bundle, min + gzip bytes. */
export const WORKER_BUNDLE_BUDGET_BYTES = 12_000;

/**
 * Whether `size.test.ts` fails over {@link WORKER_BUNDLE_BUDGET_BYTES}. Off while the bundle is over it
 * (~27 kB): the figure is reported on every `pnpm check:packages`; switch this on once it fits.
 */
export const ENFORCE_WORKER_BUNDLE_BUDGET = false;

/** The two targets measured. */
export type AppTarget = 'worker/browser' | 'node';

/** One target's bundle: minified bytes and min + gzip bytes. */
export interface AppBundleSize {
  target: AppTarget;
  minifiedBytes: number;
  gzipBytes: number;
}

/** `@resendkit/types` from its dist/ (the workspace package points at its sources). */
function builtTypes(repoRoot: string): Plugin {
  return {
    name: 'resendkit-types-dist',
    setup(b) {
      b.onResolve({ filter: /^@resendkit\/types$/ }, () => ({ path: join(repoRoot, 'packages/types/dist/index.js') }));
    },
  };
}

/**
 * Bundles `createResendClient` from the built client for `target` and measures it (needs `pnpm
 * build`): the file the published `exports` map sends each target to — the `node` condition to
 * `dist/index.js`, every other platform to `dist/web/index.js` (no Node path in it).
 */
export async function appBundleSize(repoRoot: string, target: AppTarget): Promise<AppBundleSize> {
  const entry = join(
    repoRoot,
    target === 'node' ? 'packages/client/dist/index.js' : 'packages/client/dist/web/index.js',
  );
  const result = await build({
    stdin: {
      contents: `export { createResendClient } from ${JSON.stringify(entry)};`,
      resolveDir: repoRoot,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    ...(target === 'node'
      ? { platform: 'node' as const }
      : { platform: 'browser' as const, conditions: ['worker', 'browser'] }),
    // The optional React renderer is imported only when a call has a `react` body: an app without one ships none of it.
    external: ['@react-email/render'],
    plugins: [builtTypes(repoRoot)],
  });
  const code = result.outputFiles[0]!.contents;
  return { target, minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}
