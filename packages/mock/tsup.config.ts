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

// One build (so `clean` cannot race a second one): the library as ESM + CJS, the bin as ESM sharing
// the library's chunks. The bundled spec JSON (src/generated/openapi.json) is inlined by esbuild, so
// the published package never reads a file at run time.
export default defineConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  target: 'node20',
  plugins: [binShebang],
  // The bin is ESM only; drop the CJS copy esbuild also emits for it.
  onSuccess: async () => {
    await rm('dist/bin.cjs', { force: true });
  },
});
