import { fileURLToPath } from 'node:url';
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
 * Builds for platforms without Node (workers, browsers, edge) swap the Node path for its stand-in, so
 * none of its code ships there; package.json sends the `node` condition to the full build.
 */
const withoutNodePath: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'without-node-path',
  setup(build) {
    const standIn = fileURLToPath(new URL('./src/internal/node-path.web.ts', import.meta.url));
    build.onResolve({ filter: /\/node-path\.js$/ }, () => ({ path: standIn }));
  },
};

const entry = { index: 'src/index.ts', compose: 'src/compose.ts', errors: 'src/error-base.ts', shared: 'src/shared/index.ts' };

// Shared code goes to chunks in CJS too (ESM splits by default), so `require('@resendkit/client')`
// and `require('@resendkit/client/errors')` hand out the same ResendKitError class. The split CJS
// output imports through `_interopRequireDefault`, which honours `__esModule` as the plugin above
// does for the unsplit form; the plugin stays for any entry built without a chunk.
export default defineConfig([
  { entry, splitting: true, format: ['esm', 'cjs'], dts: true, clean: true, target: 'node20', plugins: [cjsDefaultInterop] },
  // The same entries without the Node path, for every other platform (types are the same: the full build's).
  { entry, outDir: 'dist/web', splitting: true, format: ['esm', 'cjs'], dts: false, clean: false, target: 'es2022', plugins: [cjsDefaultInterop], esbuildPlugins: [withoutNodePath] },
]);
