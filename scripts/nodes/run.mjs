#!/usr/bin/env node
// `node scripts/nodes/run.mjs <major|bun|deno|each|all> <script> [args…]`: runs the script with that
// Node.js major, Bun or Deno (`each`: every major of NODE_MAJORS in turn; `all`: those, then Bun and
// Deno), `{major}` in the arguments replaced by the major and `{runtime}` by `node22`…, `bun` or
// `deno`; or exits 1 with one line saying how to get a missing one. Plain JavaScript: the machine's
// node runs it as it is.
import { spawnSync } from 'node:child_process';
import { NODE_MAJORS, OTHER_RUNTIMES, missingNode, nodeBinary, otherRuntime } from './binary.mjs';

const [which, ...args] = process.argv.slice(2);
const targets = { each: NODE_MAJORS, all: [...NODE_MAJORS, ...OTHER_RUNTIMES] }[which] ?? [which];
if (!targets.every((target) => NODE_MAJORS.includes(target) || OTHER_RUNTIMES.includes(target))) {
  console.error(
    `usage: node scripts/nodes/run.mjs <${[...NODE_MAJORS, ...OTHER_RUNTIMES].join('|')}|each|all> <script> [args…]`,
  );
  process.exit(2);
}

/** How to run `target`: its binary, the arguments before the script, its name in `{runtime}`. */
function commandOf(target) {
  if (NODE_MAJORS.includes(target)) {
    const binary = nodeBinary(target);
    // EXPECT_NODE_MAJOR lets the tests check that they really run on that major.
    return (
      binary && {
        binary,
        before: [],
        runtime: `node${target}`,
        label: `Node.js ${target}`,
        env: { EXPECT_NODE_MAJOR: target },
      }
    );
  }
  const other = otherRuntime(target);
  return other && { ...other, runtime: target, env: { ...other.env, EXPECT_RUNTIME: target } };
}

for (const target of targets) {
  const command = commandOf(target);
  if (!command) {
    console.error(
      NODE_MAJORS.includes(target)
        ? missingNode(target)
        : `${target} missing: run \`pnpm install\` at the repository root (it installs ${target} from its npm package).`,
    );
    process.exit(1);
  }
  console.log(`\n> ${command.label}`);
  const filled = args.map((arg) => arg.replaceAll('{major}', target).replaceAll('{runtime}', command.runtime));
  const { status } = spawnSync(command.binary, [...command.before, ...filled], {
    stdio: 'inherit',
    env: { ...process.env, ...command.env },
  });
  // Killed by a signal (no status) counts as a failure.
  if (status !== 0) process.exit(status ?? 1);
}
