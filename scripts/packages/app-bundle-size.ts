/**
 * What an app that calls `createResendClient` ships: the built client with openapi-fetch and
 * @resendkit/types bundled in by esbuild, minified, then gzipped — once as a worker/browser bundle
 * (`platform: 'browser'`, conditions `worker` and `browser`) and once for Node; and what a worker
 * ships that composes the smallest client from `@resendkit/client/compose` instead. Unlike the
 * size-limit entries, nothing is left out: this is the figure a Cloudflare Worker or a browser
 * bundle grows by.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** The budget for the worker/browser bundle, min + gzip bytes. */
export const WORKER_BUNDLE_BUDGET_BYTES = 12_000;

/**
 * Whether `size.test.ts` fails over {@link WORKER_BUNDLE_BUDGET_BYTES}. Off while the bundle is over it
 * (~29 kB): the figure is reported on every `pnpm check:packages`; switch this on once it fits.
 */
export const ENFORCE_WORKER_BUNDLE_BUDGET = false;

/**
 * The targets measured: `createResendClient` for workers/browsers and for Node, and the client's
 * README snippet "The smallest client for workers" (composed from `@resendkit/client/compose` onto
 * openapi-fetch), bundled for workers/browsers.
 */
export type AppTarget = 'worker/browser' | 'node' | 'worker/browser, composed';

/** The heading of the client README's snippet measured as the `worker/browser, composed` target. */
export const SMALLEST_WORKER_HEADING = '### The smallest client for workers';

/** The first ```ts block under {@link SMALLEST_WORKER_HEADING} in the client's README. */
async function smallestWorkerSnippet(repoRoot: string): Promise<string> {
  const readme = await readFile(join(repoRoot, 'packages/client/README.md'), 'utf8');
  const section = readme.indexOf(SMALLEST_WORKER_HEADING);
  const open = readme.indexOf('```ts\n', section);
  const close = readme.indexOf('\n```', open + 6);
  if (section < 0 || open < 0 || close < 0) {
    throw new Error(`packages/client/README.md has no \`${SMALLEST_WORKER_HEADING}\` section with a ts snippet`);
  }
  return readme.slice(open + 6, close);
}

/** One target's bundle: minified bytes and min + gzip bytes. */
export interface AppBundleSize {
  target: AppTarget;
  minifiedBytes: number;
  gzipBytes: number;
  /** Whether openapi-fetch is in the bundle (its middleware's error message is). */
  withOpenapiFetch: boolean;
}

/** A string of openapi-fetch's own code that minifying keeps: the bundle holds openapi-fetch when it holds this. */
const OPENAPI_FETCH_MARK = 'onError: must return new Response() or instance of Error';

/** `@resendkit/types` from its dist/ (the workspace package points at its sources). */
function builtTypes(repoRoot: string): Plugin {
  return {
    name: 'resendkit-types-dist',
    setup(b) {
      b.onResolve({ filter: /^@resendkit\/types$/ }, () => ({ path: join(repoRoot, 'packages/types/dist/index.js') }));
    },
  };
}

/** `@resendkit/client/compose` from the build in `dist` (the workspace package points at its sources). */
function builtCompose(dist: string): Plugin {
  return {
    name: 'resendkit-compose-dist',
    setup(b) {
      b.onResolve({ filter: /^@resendkit\/client\/compose$/ }, () => ({ path: join(dist, 'compose.js') }));
    },
  };
}

/**
 * Bundles `createResendClient` (or, for the composed target, the README snippet under
 * {@link SMALLEST_WORKER_HEADING}) from the
 * built client for `target` and measures it (needs `pnpm build`): the files the published `exports`
 * map sends each target to — the `node` condition to `dist/`, every other platform to `dist/web/`
 * (no Node path in it).
 */
export async function appBundleSize(repoRoot: string, target: AppTarget): Promise<AppBundleSize> {
  const dist = join(repoRoot, target === 'node' ? 'packages/client/dist' : 'packages/client/dist/web');
  const composed = target === 'worker/browser, composed';
  const contents = composed
    ? await smallestWorkerSnippet(repoRoot)
    : `export { createResendClient } from ${JSON.stringify(join(dist, 'index.js'))};`;
  const result = await build({
    // Resolved from the client's folder: openapi-fetch is its dependency.
    stdin: { contents, resolveDir: join(repoRoot, 'packages/client'), loader: composed ? 'ts' : 'js' },
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
    plugins: [builtTypes(repoRoot), builtCompose(dist)],
  });
  const code = result.outputFiles[0]!.contents;
  return {
    target,
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    withOpenapiFetch: result.outputFiles[0]!.text.includes(OPENAPI_FETCH_MARK),
  };
}
