/**
 * Packs every public package once (from the current dist/) into a temporary folder and hands the
 * tarball paths to the test files through vitest's `provide`/`inject`.
 */
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { packAll } from './pack.js';
import { publicPackages } from './workspace-packages.js';

/** What the setup provides to the tests. */
export interface PackedWorkspace {
  repoRoot: string;
  /** Package name → workspace version. */
  versions: Record<string, string>;
  /** Package name → absolute tarball path. */
  tarballs: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packed: PackedWorkspace;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
  const packages = await publicPackages(repoRoot);
  for (const pkg of packages) {
    await access(join(pkg.dir, 'dist')).catch(() => {
      throw new Error(`${pkg.name} has no dist/: run \`pnpm build\` before \`pnpm check:packages\`.`);
    });
  }
  const dir = await mkdtemp(join(tmpdir(), 'resendkit-pack-'));
  const tarballs = await packAll(packages, dir);
  project.provide('packed', {
    repoRoot,
    versions: Object.fromEntries(packages.map((p) => [p.name, p.version])),
    tarballs,
  });
  return () => rm(dir, { recursive: true, force: true });
}
