/**
 * The versions the pending changesets promise: each package's highest declared bump applied to its
 * current version. The release dry run compares this with what `changeset version` really writes, so
 * an unexpected bump (e.g. a peer dependency turning a minor into a major) fails before publishing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A semver bump type as changesets writes it. */
export type Bump = 'patch' | 'minor' | 'major';

const ORDER: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** The `'<package>': <bump>` lines of one changeset's front matter. */
export function parseChangeset(text: string): Map<string, Bump> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const bumps = new Map<string, Bump>();
  for (const line of match?.[1]?.split(/\r?\n/) ?? []) {
    const entry = /^\s*['"]?([^'":]+)['"]?\s*:\s*(patch|minor|major)\s*$/.exec(line);
    if (entry) bumps.set(entry[1]!, entry[2] as Bump);
  }
  return bumps;
}

/** The highest bump per package over every changeset in `<root>/.changeset`. */
export async function pendingBumps(root: string): Promise<Map<string, Bump>> {
  const dir = join(root, '.changeset');
  const bumps = new Map<string, Bump>();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    for (const [name, bump] of parseChangeset(await readFile(join(dir, file), 'utf8'))) {
      const previous = bumps.get(name);
      if (!previous || ORDER[bump] > ORDER[previous]) bumps.set(name, bump);
    }
  }
  return bumps;
}

/** `x.y.z` bumped by `bump` (pre-release tags are not used in this repo). */
export function bumpVersion(version: string, bump: Bump): string {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!parts) throw new Error(`Not a plain x.y.z version: ${version}`);
  const [major, minor, patch] = parts.slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
