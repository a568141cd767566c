import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// The bin must start with a shebang, but a `banner` would reach every output file; this plugin adds
// it to the ESM bin only (and marks it executable).
const binShebang: NonNullable<Options['plugins']>[number] = {
  name: 'bin-shebang',
  renderChunk(code, info) {
    if (this.format !== 'esm' || basename(info.path) !== 'bin.js' || code.startsWith('#!')) return;
    info.mode = 0o755;
    return { code: `#!/usr/bin/env node\n${code}` };
  },
};

// One build (so `clean` cannot race a second one): the three entries (core, msw, server) as ESM +
// CJS, the bin as ESM sharing their chunks. The bundled spec JSON (`@resendkit/types/openapi.json`, a
// dev dependency) is inlined by esbuild, so the published package never reads a file at run time and
// does not depend on @resendkit/types. msw is a peer and stays external (tsup externalises
// dependencies and peerDependencies, not dev dependencies).
const libraryEntries = { index: 'src/index.ts', msw: 'src/msw.ts', server: 'src/server.ts' };

export default defineConfig({
  entry: { ...libraryEntries, bin: 'src/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: libraryEntries },
  clean: true,
  target: 'node20',
  plugins: [binShebang],
  // The bin is ESM only; drop the CJS copy esbuild also emits for it.
  onSuccess: async () => {
    await rm('dist/bin.cjs', { force: true });
  },
});
