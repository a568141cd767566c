/**
 * A release rehearsal on a throwaway copy: `changeset version` + `scripts/sync-version.ts` (what
 * `pnpm version-packages` runs), then `pnpm pack` of every public package, so the test can inspect
 * the manifests that `changeset publish` would upload. The workspace itself is never modified.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packAll } from './pack.js';
import { publicPackages, type WorkspacePackage } from './workspace-packages.js';

const run = promisify(execFile);

/** What the rehearsal produced. */
export interface ReleaseRehearsal {
  /** The copy `changeset version` ran in. */
  dir: string;
  before: WorkspacePackage[];
  after: WorkspacePackage[];
  /** Package name → tarball packed after versioning. */
  tarballs: Record<string, string>;
}

// What versioning and packing read: manifests, built output and bins, READMEs, the changesets and the file
// `version-packages` rewrites. Sources and node_modules are left behind.
async function copyForRelease(root: string, dir: string): Promise<void> {
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'LICENSE', '.changeset']) {
    await cp(join(root, file), join(dir, file), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const pkg of await publicPackages(root)) {
    const name = pkg.dir.slice(join(root, 'packages').length + 1);
    const target = join(dir, 'packages', name);
    await mkdir(target, { recursive: true });
    for (const part of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'bin', 'src/version.ts']) {
      await cp(join(pkg.dir, part), join(target, part), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  }
}

// pnpm resolves `workspace:` ranges only for dependencies it finds linked; link each internal
// dependency to its sibling folder, as `pnpm install` would.
async function linkInternalDependencies(dir: string, packages: readonly WorkspacePackage[]): Promise<void> {
  const folders = new Map(packages.map((p) => [p.name, p.dir]));
  for (const pkg of packages) {
    const manifest = JSON.parse(await readFile(join(pkg.dir, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const names = new Set(
      ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((f) => Object.keys(manifest[f] ?? {})),
    );
    for (const name of names) {
      const folder = folders.get(name);
      if (!folder) continue;
      const link = join(pkg.dir, 'node_modules', name);
      await mkdir(join(link, '..'), { recursive: true });
      await symlink(folder, link, 'dir');
    }
  }
}

/** Runs the rehearsal for the workspace at `root`. */
export async function rehearseRelease(root: string): Promise<ReleaseRehearsal> {
  const dir = await mkdtemp(join(tmpdir(), 'resendkit-release-'));
  await copyForRelease(root, dir);
  const before = await publicPackages(dir);
  const bin = join(root, 'node_modules', '.bin');
  await run(join(bin, 'changeset'), ['version'], { cwd: dir, env: { ...process.env, CI: '1' } });
  await run(join(bin, 'tsx'), [join(root, 'scripts/sync-version.ts'), '--root', dir], { cwd: dir });
  const after = await publicPackages(dir);
  await linkInternalDependencies(dir, after);
  const out = join(dir, 'tarballs');
  await mkdir(out);
  const tarballs = await packAll(after, out);
  return { dir, before, after, tarballs };
}
