import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readVersionConstant, syncVersion, withVersion } from '../sync-version.js';
import { repoRoot } from './helpers.js';

const SOURCE = `/** doc */\nexport const VERSION = '0.0.0';\n// trailing\n`;

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyClientVersionFiles(version: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'resendkit-sync-'));
  made.push(dir);
  await cp(join(repoRoot, 'packages/client/src/version.ts'), join(dir, 'packages/client/src/version.ts'), {
    recursive: true,
  });
  const manifest = JSON.parse(await readFile(join(repoRoot, 'packages/client/package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  await writeFile(join(dir, 'packages/client/package.json'), JSON.stringify({ ...manifest, version }));
  return dir;
}

describe('scripts/sync-version.ts', () => {
  it('replaces only the VERSION literal, keeping quotes, comments and the rest', () => {
    expect(withVersion(SOURCE, '1.2.3')).toBe(SOURCE.replace('0.0.0', '1.2.3'));
    expect(withVersion(`export const VERSION = "0.0.0"`, '0.1.0')).toBe(`export const VERSION = "0.1.0"`);
    expect(readVersionConstant(withVersion(SOURCE, '0.1.0-next.1'))).toBe('0.1.0-next.1');
  });

  it('refuses a file without a VERSION constant', () => {
    expect(() => withVersion('export const OTHER = 1;', '1.0.0')).toThrow(/no `export const VERSION/);
  });

  it('writes the client package.json version into version.ts, and --check reports a mismatch without writing', async () => {
    const dir = await copyClientVersionFiles('0.4.2');
    const file = join(dir, 'packages/client/src/version.ts');
    const before = await readFile(file, 'utf8');
    expect(await syncVersion(dir, true)).toMatchObject({ packageVersion: '0.4.2', changed: true });
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await syncVersion(dir)).toMatchObject({ packageVersion: '0.4.2', changed: true });
    expect(readVersionConstant(await readFile(file, 'utf8'))).toBe('0.4.2');
    expect(await syncVersion(dir, true)).toMatchObject({ changed: false });
  });

  it('finds the workspace client in sync', async () => {
    expect(await syncVersion(repoRoot, true)).toMatchObject({ changed: false });
  });
});
