import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';
import { exportTargets, forbiddenPaths, rangeProblems } from './manifest-checks.js';
import { readTarball, tarballManifest } from './tarball.js';

const run = promisify(execFile);
const { repoRoot, versions, tarballs } = inject('packed');
const names = Object.keys(tarballs);

// Condition objects whose first key is not `types` (TypeScript takes the first match).
function typesNotFirst(node: unknown, at = 'exports'): string[] {
  if (!node || typeof node !== 'object') return [];
  const keys = Object.keys(node);
  const own = keys.includes('types') && keys[0] !== 'types' ? [at] : [];
  return own.concat(keys.flatMap((key) => typesNotFirst((node as Record<string, unknown>)[key], `${at}[${key}]`)));
}

describe.each(names)('%s tarball', (name) => {
  const tarball = tarballs[name]!;

  it('contains dist, README, LICENSE and every exports/bin target, and no source, test or config file', async () => {
    const files = await readTarball(tarball);
    const manifest = tarballManifest(files);
    const paths = [...files.keys()];
    expect(forbiddenPaths(paths)).toEqual([]);
    expect(paths.filter((p) => !p.startsWith('dist/')).sort()).toEqual(
      expect.arrayContaining(['LICENSE', 'README.md', 'package.json']),
    );
    const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
    for (const target of [...exportTargets(manifest.exports), ...bins.map((b) => b.replace(/^\.\//, ''))]) {
      expect(files.has(target), `${target} is referenced but not packed`).toBe(true);
    }
    for (const bin of bins)
      expect(files.get(bin.replace(/^\.\//, ''))!.toString('utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('has publish metadata, types-first conditions and dist entry points', async () => {
    const manifest = tarballManifest(await readTarball(tarball));
    expect(manifest).toMatchObject({ sideEffects: false, license: 'MIT', engines: { node: '>=20' }, type: 'module' });
    expect(manifest.repository).toMatchObject({ type: 'git', directory: expect.stringMatching(/^packages\//) });
    expect((manifest.keywords as string[]).length).toBeGreaterThan(0);
    expect(typesNotFirst(manifest.exports)).toEqual([]);
    expect(exportTargets(manifest.exports).filter((t) => t !== 'package.json' && !t.startsWith('dist/'))).toEqual([]);
  });

  it('has README examples that send only to recipients Resend accepts (it refuses example.com and test.com)', async () => {
    const readme = (await readTarball(tarball)).get('README.md')!.toString('utf8');
    const code = [...readme.matchAll(/^```(?:ts|js)\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).join('\n');
    const recipients = [...code.matchAll(/\b(?:to|cc|bcc): *\[?([^\]\n}]*)/g)].map((m) => m[1]!);
    expect(recipients.filter((list) => /@(example|test)\.com\b/.test(list))).toEqual([]);
  });

  it('has real semver ranges (no workspace:) on the packages it depends on', async () => {
    const manifest = tarballManifest(await readTarball(tarball));
    expect(rangeProblems(manifest, '@resendkit', new Map(Object.entries(versions)))).toEqual([]);
  });

  it('passes publint --strict', async () => {
    const { buffer, byteOffset, byteLength } = await readFile(tarball);
    const result = await publint({
      pack: { tarball: buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer },
      strict: true,
      level: 'suggestion',
    });
    expect(result.messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, result.pkg) ?? ''}`)).toEqual([]);
  });

  it('has correct types under node16 (ESM and CJS) and bundler resolution (attw)', async () => {
    const attw = join(repoRoot, 'node_modules/.bin/attw');
    // attw exits 1 on problems; the JSON report is printed either way.
    const output = await run(attw, [tarball, '--profile', 'node16', '--format', 'json'], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(output.stdout) as {
      problems: Record<string, { resolutionKind?: string; entrypoint?: string }[]>;
      analysis: { entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> };
    };
    // The JSON report lists problems of every resolution kind; the node16 profile ignores node10
    // (pre-`exports` resolution, which cannot reach subpaths such as `@resendkit/types/openapi.json`).
    const problems = Object.values(report.problems)
      .flat()
      .filter((p) => p.resolutionKind !== 'node10');
    expect(problems).toEqual([]);
    // Every code entry point (`.`, `./compose`, …) resolves to its own declarations in ESM, CJS and bundler mode.
    for (const [entry, { resolutions }] of Object.entries(report.analysis.entrypoints)) {
      if (/\.json$/.test(entry)) continue;
      const file = entry === '.' ? 'index' : entry.slice(2);
      expect(resolutions['node16-esm']?.resolution?.fileName, entry).toMatch(new RegExp(`/dist/${file}\\.d\\.ts$`));
      expect(resolutions['node16-cjs']?.resolution?.fileName, entry).toMatch(new RegExp(`/dist/${file}\\.d\\.cts$`));
      expect(resolutions['bundler']?.resolution?.fileName, entry).toMatch(new RegExp(`/dist/${file}\\.d\\.ts$`));
    }
    expect(Object.keys(report.analysis.entrypoints)).toContain('.');
  });
});
