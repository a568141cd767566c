#!/usr/bin/env node
// `node scripts/nodes/run.mjs <major|each> <script> [args…]`: runs the script with that Node.js major
// (`each`: with every major of NODE_MAJORS in turn, `{major}` in the arguments replaced), or exits 1
// with one line saying how to get a missing one. Plain JavaScript: the machine's node runs it as it is.
import { spawnSync } from 'node:child_process';
import { NODE_MAJORS, missingNode, nodeBinary } from './binary.mjs';

const [which, ...args] = process.argv.slice(2);
if (which !== 'each' && !NODE_MAJORS.includes(which)) {
  console.error(`usage: node scripts/nodes/run.mjs <${NODE_MAJORS.join('|')}|each> <script> [args…]`);
  process.exit(2);
}
for (const major of which === 'each' ? NODE_MAJORS : [which]) {
  const binary = nodeBinary(major);
  if (!binary) {
    console.error(missingNode(major));
    process.exit(1);
  }
  console.log(`\n> Node.js ${major}`);
  // EXPECT_NODE_MAJOR lets the tests check that they really run on that major.
  const env = { ...process.env, EXPECT_NODE_MAJOR: major };
  const { status } = spawnSync(
    binary,
    args.map((arg) => arg.replaceAll('{major}', major)),
    { stdio: 'inherit', env },
  );
  // Killed by a signal (no status) counts as a failure.
  if (status !== 0) process.exit(status ?? 1);
}
