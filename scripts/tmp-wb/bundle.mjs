import { build } from 'esbuild';
import { join } from 'node:path';
const root = '/work/main';
const [input, out] = process.argv.slice(2);
await build({ entryPoints: [input], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'error',
  plugins: [{ name: 'd', setup(b) { b.onResolve({ filter: /^@resendkit\// }, (a) => ({ path: join(root, `packages/${a.path.slice(11)}/dist/index.js`) })); } }],
  nodePaths: [join(root, 'bench/node_modules'), join(root, 'packages/client/node_modules'), join(root, 'node_modules')] });
