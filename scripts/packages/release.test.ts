/**
 * Release dry run: `pnpm version-packages` on a throwaway copy, then the packed manifests that
 * `changeset publish` would upload.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bumpVersion, pendingBumps } from './changeset-plan.js';
import { forbiddenPaths, rangeProblems } from './manifest-checks.js';
import { rehearseRelease, type ReleaseRehearsal } from './release-dry-run.js';
import { readTarball, tarballManifest } from './tarball.js';

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
    const expected = Object.fromEntries(rehearsal.before.map((p) => [p.name, bumps.has(p.name) ? bumpVersion(p.version, bumps.get(p.name)!) : p.version]));
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
});
