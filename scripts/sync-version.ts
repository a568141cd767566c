/**
 * Rewrites `VERSION` in packages/client/src/version.ts from packages/client/package.json, so the
 * User-Agent names the published version. `pnpm version-packages` runs it after `changeset version`.
 *
 *   tsx scripts/sync-version.ts [--root <dir>] [--check]
 *
 * `--check` changes nothing and exits 1 when the two differ.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const VERSION_LINE = /^(export const VERSION\s*=\s*)(['"])([^'"]*)\2(;?)/m;

/** The `VERSION` a version.ts source declares, or undefined when it declares none. */
export function readVersionConstant(source: string): string | undefined {
  return VERSION_LINE.exec(source)?.[3];
}

/** `source` with its `VERSION` constant set to `version` (everything else untouched). */
export function withVersion(source: string, version: string): string {
  if (!VERSION_LINE.test(source)) throw new Error("version.ts has no `export const VERSION = '…'` line");
  return source.replace(
    VERSION_LINE,
    (_all, head: string, quote: string, _old: string, semi: string) => `${head}${quote}${version}${quote}${semi}`,
  );
}

/** Syncs (or with `check`, compares) the client's VERSION under `root`; returns both values. */
export async function syncVersion(
  root: string,
  check = false,
): Promise<{ packageVersion: string; constant: string | undefined; changed: boolean }> {
  const manifest = JSON.parse(await readFile(join(root, 'packages/client/package.json'), 'utf8')) as {
    version: string;
  };
  const file = join(root, 'packages/client/src/version.ts');
  const source = await readFile(file, 'utf8');
  const constant = readVersionConstant(source);
  const changed = constant !== manifest.version;
  if (changed && !check) await writeFile(file, withVersion(source, manifest.version));
  return { packageVersion: manifest.version, constant, changed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, check: { type: 'boolean' } } });
  const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const result = await syncVersion(root, values.check ?? false);
  if (values.check && result.changed) {
    console.error(
      `packages/client/src/version.ts has VERSION ${result.constant ?? '(none)'}, package.json has ${result.packageVersion}; run pnpm version-packages.`,
    );
    process.exit(1);
  }
  console.log(
    result.changed && !values.check ? `VERSION set to ${result.packageVersion}` : `VERSION is ${result.packageVersion}`,
  );
}
