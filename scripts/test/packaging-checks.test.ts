import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { bumpVersion, parseChangeset } from '../packages/changeset-plan.js';
import { exportTargets, forbiddenPaths, rangeProblems } from '../packages/manifest-checks.js';
import { tarballName } from '../packages/pack.js';
import { readTarball, tarballManifest } from '../packages/tarball.js';

const run = promisify(execFile);
const versions = new Map([
  ['@resendkit/types', '0.1.0'],
  ['@resendkit/client', '0.1.0'],
]);

describe('packed manifest range checks', () => {
  it('accepts caret/tilde ranges at the workspace version and third-party ranges of any form', () => {
    const manifest = {
      name: '@resendkit/x',
      version: '0.1.0',
      dependencies: { '@resendkit/types': '^0.1.0', 'openapi-fetch': '~0.17.0', msw: '2' },
      peerDependencies: { '@resendkit/client': '~0.1.0' },
    };
    expect(rangeProblems(manifest, '@resendkit', versions)).toEqual([]);
  });

  it('flags workspace:, link: and file: ranges, exact or wildcard internal ranges, and stale internal ranges', () => {
    const manifest = {
      name: '@resendkit/x',
      version: '0.1.0',
      dependencies: { '@resendkit/types': 'workspace:^', other: 'file:../other' },
      peerDependencies: { '@resendkit/client': '*' },
      devDependencies: { '@resendkit/client': '0.1.0' },
      optionalDependencies: { '@resendkit/types': '^0.0.0' },
    };
    const problems = rangeProblems(manifest, '@resendkit', versions);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/dependencies\.@resendkit\/types = "workspace:\^": local protocol/);
    expect(problems.join('\n')).toMatch(/dependencies\.other = "file:\.\.\/other": local protocol/);
    expect(problems.join('\n')).toMatch(/peerDependencies\.@resendkit\/client = "\*": not a/);
    expect(problems.join('\n')).toMatch(/devDependencies\.@resendkit\/client = "0\.1\.0": not a/);
    expect(problems.join('\n')).toMatch(
      /optionalDependencies\.@resendkit\/types = "\^0\.0\.0": does not start at the workspace version 0\.1\.0/,
    );
  });

  it('flags sources, tests, fixtures, configs and tarballs, and lets dist, README and LICENSE through', () => {
    const paths = [
      'dist/index.js',
      'dist/index.d.cts',
      'README.md',
      'LICENSE',
      'package.json',
      'src/index.ts',
      'test/a.test.ts',
      'dist/retry.test.js',
      'dist/fixtures/x.json',
      'tsconfig.json',
      'tsup.config.ts',
      'x-0.0.0.tgz',
    ];
    expect(forbiddenPaths(paths)).toEqual([
      'dist/fixtures/x.json',
      'dist/retry.test.js',
      'src/index.ts',
      'test/a.test.ts',
      'tsconfig.json',
      'tsup.config.ts',
      'x-0.0.0.tgz',
    ]);
  });

  it('lists every file an exports map can resolve to', () => {
    const exportsField = {
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './package.json': './package.json',
    };
    expect(exportTargets(exportsField)).toEqual([
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'package.json',
    ]);
  });
});

describe('changeset plan', () => {
  it('reads package bumps from a changeset front matter, quoted or not', () => {
    const text = `---\n'@resendkit/client': minor\n"@resendkit/types": patch\n@resendkit/mock: major\n---\n\nNotes: not: a bump\n`;
    expect(Object.fromEntries(parseChangeset(text))).toEqual({
      '@resendkit/client': 'minor',
      '@resendkit/types': 'patch',
      '@resendkit/mock': 'major',
    });
  });

  it('bumps x.y.z the way changesets does', () => {
    expect([
      bumpVersion('0.0.0', 'minor'),
      bumpVersion('0.1.3', 'patch'),
      bumpVersion('0.9.1', 'major'),
      bumpVersion('1.2.3', 'minor'),
    ]).toEqual(['0.1.0', '0.1.4', '1.0.0', '1.3.0']);
    expect(() => bumpVersion('1.0.0-next.0', 'patch')).toThrow(/plain x\.y\.z/);
  });
});

describe('tarball reader', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it.each(['gnu', 'ustar'])('reads files, long paths and package.json from a %s .tgz', async (format) => {
    const dir = await mkdtemp(join(tmpdir(), 'resendkit-tar-'));
    made.push(dir);
    const deep = `dist/${'nested-folder-name/'.repeat(6)}file.js`;
    await mkdir(join(dir, 'package', deep, '..'), { recursive: true });
    await writeFile(join(dir, 'package/package.json'), JSON.stringify({ name: '@resendkit/x', version: '1.0.0' }));
    await writeFile(join(dir, 'package', deep), 'export {};\n');
    await writeFile(join(dir, 'package/README.md'), '#'.repeat(1500));
    const tgz = join(dir, 'x.tgz');
    await run('tar', [`--format=${format}`, '-czf', tgz, '-C', dir, 'package']);
    const files = await readTarball(tgz);
    expect([...files.keys()].sort()).toEqual(['README.md', deep, 'package.json'].sort());
    expect(files.get('README.md')!.length).toBe(1500);
    expect(files.get(deep)!.toString()).toBe('export {};\n');
    expect(tarballManifest(files)).toEqual({ name: '@resendkit/x', version: '1.0.0' });
  });

  it('names tarballs the way pnpm pack does', () => {
    expect(tarballName('@resendkit/client', '0.1.0')).toBe('resendkit-client-0.1.0.tgz');
    expect(tarballName('plain', '1.0.0')).toBe('plain-1.0.0.tgz');
  });
});
