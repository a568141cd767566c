/**
 * Bundler checks on the built client: esbuild bundles for the `browser`, `neutral` and `workerd`
 * targets pull in no Node built-in, and the client's min+gzip size is printed beside the official
 * `resend` SDK's (a devDependency of packages/mock, resolved from there).
 */
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const { repoRoot } = inject('packed');
const clientDir = join(repoRoot, 'packages/client');
// The built ESM entry (what the packed package's `import` condition points at), by path, so its
// dependencies resolve from packages/client/node_modules.
const clientEntry = JSON.stringify(join(clientDir, 'dist/index.js'));
/**
 * The build a browser or worker bundler resolves `@resendkit/client` to: the published `exports` send
 * every condition but `node` to `dist/web` (no Node path), so the size beside the SDK is measured there.
 */
const webClientEntry = JSON.stringify(join(clientDir, 'dist/web/index.js'));

/** The targets, as esbuild options (the conditions each platform's own tooling passes). */
const targets: Record<string, BuildOptions> = {
  browser: { platform: 'browser' },
  neutral: { platform: 'neutral', mainFields: ['module', 'main'] },
  workerd: {
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
  },
};

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Records every import of a Node built-in (and keeps it out of the bundle instead of failing). */
function builtinRecorder(found: string[]): Plugin {
  return {
    name: 'record-node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!builtins.has(args.path) && !args.path.startsWith('node:')) return undefined;
        found.push(`${args.path} (from ${args.importer.replace(repoRoot, '')})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/** Bundles `source` (resolved from `resolveDir`), minified; returns its min and min+gzip sizes. */
async function bundle(
  source: string,
  resolveDir: string,
  options: BuildOptions,
  plugins: Plugin[] = [],
): Promise<{ min: number; gz: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    plugins,
    // The client's optional peer, imported only for a `react` body (installed here for its tests).
    external: ['@react-email/render'],
    ...options,
  });
  const code = result.outputFiles![0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

describe('client bundles', () => {
  it.each(Object.keys(targets))('the %s bundle of the whole client imports no Node built-in', async (target) => {
    const found: string[] = [];
    await bundle(`export * from ${clientEntry};`, clientDir, targets[target]!, [builtinRecorder(found)]);
    expect(found).toEqual([]);
  });

  it('notices a Node built-in when a bundle has one (the mock server entry imports node:http)', async () => {
    const found: string[] = [];
    const server = JSON.stringify(join(repoRoot, 'packages/mock/dist/server.js'));
    await bundle(`export * from ${server};`, join(repoRoot, 'packages/mock'), targets.neutral!, [
      builtinRecorder(found),
    ]);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^(node:)?http /)]));
  });
});

describe('webhooks bundle', () => {
  it('carries only the error base of @resendkit/client: no openapi-fetch, no client runtime', async () => {
    const webhooksDir = join(repoRoot, 'packages/webhooks');
    const entry = JSON.stringify(join(webhooksDir, 'dist/index.js'));
    const result = await build({
      stdin: { contents: `export * from ${entry};`, resolveDir: webhooksDir, loader: 'js' },
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
      ...targets.browser,
    });
    const inputs = Object.keys(result.metafile!.inputs);
    const fromClient = inputs.filter((input) => /packages\/client\/|openapi-fetch|@resendkit\/types/.test(input));
    expect(fromClient.length).toBeGreaterThan(0);
    // The error base (one import-free file: the /errors entry and, built, the chunk it re-exports) and
    // the import-free helpers of /shared (the capped body reader, the option checker): nothing else.
    expect(
      fromClient.filter(
        (input) =>
          !/packages\/client\/(src\/error-base\.ts|src\/shared\/[\w-]+\.ts|dist\/(?:errors|shared)\.js|dist\/chunk-[\w-]+\.js)$/.test(
            input,
          ),
      ),
    ).toEqual([]);
  });
});

describe('size beside the official SDK (min + gzip, esbuild, browser target)', () => {
  const rows: [string, { min: number; gz: number }][] = [];
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

  beforeAll(async () => {
    // The SDK is a devDependency of packages/mock; resolve it (and its own deps) from there.
    const sdkDir = join(repoRoot, 'packages/mock');
    const entries: [string, string, string][] = [
      ['@resendkit/client: createResendClient', `export { createResendClient } from ${webClientEntry};`, clientDir],
      ['@resendkit/client: whole package', `export * from ${webClientEntry};`, clientDir],
      ['resend (official SDK): Resend', `export { Resend } from 'resend';`, sdkDir],
    ];
    for (const [name, source, dir] of entries) rows.push([name, await bundle(source, dir, targets.browser!)]);
    console.log(
      rows.map(([name, s]) => `${name.padEnd(40)} ${kB(s.gz).padStart(8)} min+gz (${kB(s.min)} min)`).join('\n'),
    );
  });

  it('ships a createResendClient() app smaller than the official SDK', () => {
    // Not half of it any more: the SDK's option names, observability and the contracts a user's
    // middleware relies on took the client from ~15 to ~25 kB (CONTRIBUTING.md, "Size budgets").
    const [ours, , sdk] = rows.map(([, s]) => s.gz);
    expect(ours!).toBeLessThan(sdk!);
  });
});
