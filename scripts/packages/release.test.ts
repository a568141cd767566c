/**
 * Release dry run: `pnpm version-packages` on a throwaway copy, then the packed manifests that
 * `changeset publish` would upload.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bumpVersion, pendingBumps } from './changeset-plan.js';
import { forbiddenPaths, rangeProblems } from './manifest-checks.js';
import { rehearseRelease, type ReleaseRehearsal } from './release-dry-run.js';
import { readTarball, tarballManifest } from './tarball.js';
import { promisify } from 'node:util';

const run = promisify(execFile);

const { repoRoot } = inject('packed');
let rehearsal: ReleaseRehearsal;

beforeAll(async () => {
  rehearsal = await rehearseRelease(repoRoot);
});

afterAll(async () => {
  if (rehearsal) await rm(rehearsal.dir, { recursive: true, force: true });
});

describe('release dry run (changeset version + sync-version + pnpm pack on a copy)', () => {
  it('gives every package exactly the version its changesets ask for', async () => {
    const bumps = await pendingBumps(repoRoot);
    const expected = Object.fromEntries(
      rehearsal.before.map((p) => [p.name, bumps.has(p.name) ? bumpVersion(p.version, bumps.get(p.name)!) : p.version]),
    );
    const actual = Object.fromEntries(rehearsal.after.map((p) => [p.name, p.version]));
    // A mismatch is usually changesets' peer-dependency rule: a minor bump of a package another one
    // lists in peerDependencies bumps that dependent a major.
    expect(actual, 'versions after `changeset version`').toEqual(expected);
  });

  it('writes a CHANGELOG entry for every released package', async () => {
    for (const pkg of rehearsal.after.filter((p, i) => p.version !== rehearsal.before[i]!.version)) {
      expect(await readFile(join(pkg.dir, 'CHANGELOG.md'), 'utf8'), pkg.name).toContain(`## ${pkg.version}`);
    }
  });

  it('sets the client VERSION constant to the new client version', async () => {
    const client = rehearsal.after.find((p) => p.name === '@resendkit/client')!;
    expect(await readFile(join(client.dir, 'src/version.ts'), 'utf8')).toContain(`VERSION = '${client.version}'`);
  });

  it('packs manifests whose @resendkit ranges are real semver ranges at the new versions', async () => {
    const versions = new Map(rehearsal.after.map((p) => [p.name, p.version]));
    for (const [name, tarball] of Object.entries(rehearsal.tarballs)) {
      const files = await readTarball(tarball);
      const manifest = tarballManifest(files);
      expect(manifest.version).toBe(versions.get(name));
      expect(rangeProblems(manifest, '@resendkit', versions)).toEqual([]);
      expect(forbiddenPaths(files.keys())).toEqual([]);
    }
  });

  it('publishes every package in a dry run (pnpm publish --dry-run) at its new version, dist only', async () => {
    for (const pkg of rehearsal.after) {
      const { stdout } = await run('pnpm', ['publish', '--dry-run', '--no-git-checks', '--json'], { cwd: pkg.dir });
      const report = (JSON.parse(stdout) as Record<string, { id: string; files: { path: string }[] }>)[pkg.name];
      expect(report?.id).toBe(`${pkg.name}@${pkg.version}`);
      const paths = report!.files.map((f) => f.path);
      expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
      expect(paths.some((p) => p.startsWith('dist/'))).toBe(true);
      expect(forbiddenPaths(paths)).toEqual([]);
    }
  }, 60_000);
});
