/** The package manifest: a first install links the bin without a build, and msw stays optional. */
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

interface Manifest {
  bin: Record<string, string>;
  files: string[];
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

describe('the mock package manifest', async () => {
  const manifest = JSON.parse(await readFile(`${PACKAGE_DIR}/package.json`, 'utf8')) as Manifest;

  it('points its bin at a committed shim that exists before any build (no "Failed to create bin" on install)', async () => {
    for (const target of Object.values(manifest.bin)) {
      expect(target).not.toMatch(/^(\.\/)?dist\//);
      await access(`${PACKAGE_DIR}/${target}`);
      const shim = await readFile(`${PACKAGE_DIR}/${target}`, 'utf8');
      expect(shim).toMatch(/^#!\/usr\/bin\/env node\n/);
      expect(shim).toContain("import '../dist/bin.js'");
      expect(manifest.files).toContain(target.replace(/^\.\//, '').split('/')[0]);
    }
  });

  it('has msw only as an optional peer, and no ajv or @resendkit/types at run time (the build inlines the spec)', () => {
    expect(manifest.dependencies).not.toHaveProperty('msw');
    expect(manifest.dependencies).not.toHaveProperty('ajv');
    expect(manifest.dependencies).not.toHaveProperty('@resendkit/types');
    expect(manifest.peerDependencies?.msw).toBe('^2');
    expect(manifest.peerDependenciesMeta?.msw?.optional).toBe(true);
  });
});
