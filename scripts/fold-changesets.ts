/**
 * Folds every changeset into the first-release changeset of each package it names, so the first
 * changelog of each package is one entry that says what the package offers. Changesets added after
 * the first-release ones were written (`<branch>-<topic>.md`) are appended, as paragraphs, to
 * `<package>-first-release.md` of every package in their front matter, then deleted. The prose
 * still wants a reading afterwards: the script only gathers, it does not rewrite.
 *
 *   tsx scripts/fold-changesets.ts [--root <dir>] [--dry-run]
 *
 * Once the first release is out, new changesets are released as they are and this is not needed.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseChangeset } from './packages/changeset-plan.js';

const FIRST_RELEASE = /^([a-z0-9-]+)-first-release\.md$/;

/** `@resendkit/<name>` → `<name>-first-release.md`. */
export function firstReleaseFile(packageName: string): string {
  return `${packageName.replace(/^@resendkit\//, '')}-first-release.md`;
}

/** The prose of a changeset: everything after its front matter, trimmed. */
export function changesetBody(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '').trim();
}

/** What folding would do: first-release file → bodies appended to it, and the files consumed. */
export interface FoldPlan {
  appends: Map<string, string[]>;
  consumed: string[];
}

/** Plans the fold of `files` (name → text); throws when a package has no first-release changeset. */
export function planFold(files: ReadonlyMap<string, string>): FoldPlan {
  const appends = new Map<string, string[]>();
  const consumed: string[] = [];
  for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (FIRST_RELEASE.test(name)) continue;
    const packages = [...parseChangeset(text).keys()];
    if (packages.length === 0) continue;
    for (const pkg of packages) {
      const target = firstReleaseFile(pkg);
      if (!files.has(target)) throw new Error(`${name} names ${pkg}, which has no ${target} to fold into`);
      appends.set(target, [...(appends.get(target) ?? []), changesetBody(text)]);
    }
    consumed.push(name);
  }
  return { appends, consumed };
}

/** Folds the changesets in `<root>/.changeset`; returns the plan it carried out. */
export async function foldChangesets(root: string, dryRun = false): Promise<FoldPlan> {
  const dir = join(root, '.changeset');
  const names = (await readdir(dir)).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const files = new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)));
  const plan = planFold(files);
  if (dryRun) return plan;
  for (const [target, bodies] of plan.appends) {
    await writeFile(join(dir, target), `${files.get(target)!.trimEnd()}\n\n${bodies.join('\n\n')}\n`);
  }
  await Promise.all(plan.consumed.map((n) => rm(join(dir, n))));
  return plan;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
  const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const plan = await foldChangesets(root, values['dry-run'] ?? false);
  for (const [target, bodies] of plan.appends) console.log(`${target}: +${bodies.length} paragraph(s)`);
  console.log(
    `${values['dry-run'] ? 'would fold' : 'folded'} ${plan.consumed.length} changeset(s): ${plan.consumed.join(', ') || 'none'}`,
  );
}
