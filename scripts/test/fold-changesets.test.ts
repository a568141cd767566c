import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changesetBody, firstReleaseFile, foldChangesets, planFold } from '../fold-changesets.js';
import { pendingBumps } from '../packages/changeset-plan.js';
import { repoRoot } from './helpers.js';

const first = (pkg: string, text: string) => `---\n'@resendkit/${pkg}': minor\n---\n\n${text}\n`;

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('scripts/fold-changesets.ts', () => {
  it('names the first-release changeset of a package', () => {
    expect(firstReleaseFile('@resendkit/client')).toBe('client-first-release.md');
  });

  it('takes the prose after the front matter', () => {
    expect(changesetBody(`---\n"@resendkit/mock": patch\n---\n\nA fix.\n\nMore.\n`)).toBe('A fix.\n\nMore.');
  });

  it('appends a later changeset to the first-release changeset of every package it names, in file order', () => {
    const files = new Map([
      ['client-first-release.md', first('client', 'Client.')],
      ['mock-first-release.md', first('mock', 'Mock.')],
      ['speed-b.md', `---\n'@resendkit/client': patch\n---\n\nB.\n`],
      ['speed-a.md', `---\n'@resendkit/client': minor\n'@resendkit/mock': patch\n---\n\nA.\n`],
      ['config.json', '{}'],
    ]);
    const plan = planFold(files);
    expect(Object.fromEntries(plan.appends)).toEqual({
      'client-first-release.md': ['A.', 'B.'],
      'mock-first-release.md': ['A.'],
    });
    expect(plan.consumed).toEqual(['speed-a.md', 'speed-b.md']);
  });

  it('refuses a changeset for a package without a first-release changeset, naming both', () => {
    const files = new Map([['x.md', `---\n'@resendkit/new': minor\n---\n\nNew.\n`]]);
    expect(() => planFold(files)).toThrow(/x\.md names @resendkit\/new, which has no new-first-release\.md/);
  });

  it('rewrites the folder so the bumps stay what they were: one minor per package', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'resendkit-fold-'));
    made.push(dir);
    await mkdir(join(dir, '.changeset'));
    await writeFile(join(dir, '.changeset/client-first-release.md'), first('client', 'Client.'));
    await writeFile(join(dir, '.changeset/faster-send.md'), `---\n'@resendkit/client': patch\n---\n\nFaster.\n`);
    await foldChangesets(dir);
    expect(await readdir(join(dir, '.changeset'))).toEqual(['client-first-release.md']);
    expect(await readFile(join(dir, '.changeset/client-first-release.md'), 'utf8')).toBe(
      first('client', 'Client.\n\nFaster.'),
    );
    expect(Object.fromEntries(await pendingBumps(dir))).toEqual({ '@resendkit/client': 'minor' });
  });

  it('finds one first-release changeset per published package in the repository', async () => {
    const names = (await readdir(join(repoRoot, '.changeset'))).filter((n) => n.endsWith('-first-release.md'));
    expect(names.sort()).toEqual(
      ['bullmq', 'client', 'mock', 'pagination', 'redis', 'types', 'webhooks'].map((p) => `${p}-first-release.md`),
    );
  });
});
