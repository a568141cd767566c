import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// This package is `"type": "module"`, so esbuild gives its CJS build Node's ESM-importing-CJS
// semantics: `import createClient from 'openapi-fetch'` becomes the whole `module.exports`, not
// openapi-fetch's `exports.default`, and `require('@resendkit/client')` users get "is not a function".
// Dropping that flag gives TypeScript's esModuleInterop semantics (honour `__esModule`), which is
// what our types promise. The ESM build is untouched (Node loads openapi-fetch's .mjs there).
const cjsDefaultInterop: NonNullable<Options['plugins']>[number] = {
  name: 'cjs-default-interop',
  renderChunk(code) {
    if (this.format !== 'cjs') return;
    return { code: code.replace(/__toESM\((require\("[^"]+"\)), 1\)/g, '__toESM($1)') };
  },
};

/**
 * Builds for platforms without Node (workers, browsers, edge) swap each file that has a `.web.ts`
 * sibling for that sibling: the Node path, the light request, the lazy abort and the middleware
 * wrapping that serves them ship only in the Node build (package.json sends the `node` condition
 * there). The siblings export the same names (scripts/test/architecture.test.ts checks).
 */
const webStandIns: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'web-stand-ins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const standIn = resolve(args.resolveDir, args.path.replace(/\.js$/, '.web.ts'));
      return existsSync(standIn) ? { path: standIn } : undefined;
    });
  },
};

const entry = {
  index: 'src/index.ts',
  compose: 'src/compose.ts',
  errors: 'src/error-base.ts',
  shared: 'src/shared/index.ts',
};

// Shared code goes to chunks in CJS too (ESM splits by default), so `require('@resendkit/client')`
// and `require('@resendkit/client/errors')` hand out the same ResendKitError class. The split CJS
// output imports through `_interopRequireDefault`, which honours `__esModule` as the plugin above
// does for the unsplit form; the plugin stays for any entry built without a chunk.
export default defineConfig([
  {
    entry,
    splitting: true,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    plugins: [cjsDefaultInterop],
  },
  // The same entries without the Node path, for every other platform (types are the same: the full build's).
  {
    entry,
    outDir: 'dist/web',
    splitting: true,
    format: ['esm', 'cjs'],
    dts: false,
    clean: false,
    target: 'es2022',
    plugins: [cjsDefaultInterop],
    esbuildPlugins: [webStandIns],
  },
]);
