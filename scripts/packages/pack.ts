/** Packs packages with `pnpm pack`, which applies `publishConfig` and rewrites `workspace:` ranges. */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { WorkspacePackage } from './workspace-packages.js';

const run = promisify(execFile);

/** The tarball file name pnpm writes for `name@version`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/** Packs each package into `destination`; returns package name → tarball path. */
export async function packAll(
  packages: readonly WorkspacePackage[],
  destination: string,
): Promise<Record<string, string>> {
  const tarballs: Record<string, string> = {};
  // Sequential: pnpm pack is quick, and parallel packs would fight over the 2 cores with nothing gained.
  for (const pkg of packages) {
    await run('pnpm', ['pack', '--pack-destination', destination], { cwd: pkg.dir, maxBuffer: 16 * 1024 * 1024 });
    const file = tarballName(pkg.name, pkg.version);
    if (!(await readdir(destination)).includes(file))
      throw new Error(`pnpm pack did not write ${file} for ${pkg.name}`);
    tarballs[pkg.name] = join(destination, file);
  }
  return tarballs;
}
