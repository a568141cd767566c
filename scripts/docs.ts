/**
 * Builds the API reference with TypeDoc: one module per `exports` subpath of every published
 * package (`@resendkit/client`, `@resendkit/client/compose`, …), from the TSDoc of the sources,
 * into docs/api/ (git-ignored). Warnings fail the build: an exported name without a doc comment, a
 * `{@link}` that does not resolve, a public signature naming a type that is not exported.
 *
 *   tsx scripts/docs.ts [--out <dir>]
 *
 * Each entry file names its module with `@module <package>/<subpath>` in its first comment, so the
 * reference reads as users import; a subpath whose file lacks it fails here, naming the file.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Application, LogLevel, OptionDefaults } from 'typedoc';
import { publicPackages } from './packages/workspace-packages.js';

/** One documented entry point: the import specifier users write and the file it maps to. */
export interface DocEntry {
  specifier: string;
  file: string;
}

/** The source entry points of one package's workspace `exports` map (JSON files and `package.json` are skipped). */
export function entriesOf(name: string, dir: string, exportsField: Record<string, unknown>): DocEntry[] {
  return Object.entries(exportsField)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /\.ts$/.test(entry[1]))
    .map(([subpath, target]) => ({
      specifier: subpath === '.' ? name : `${name}/${subpath.replace(/^\.\//, '')}`,
      file: resolve(dir, target),
    }));
}

/** The `@module` name a source file declares in its first comment, if any. */
export function moduleTag(source: string): string | undefined {
  const first = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  return first && /@module\s+(\S+)/.exec(first)?.[1];
}

/** Every entry point of every published package under `root`; throws naming files whose `@module` is missing or wrong. */
export async function docEntries(root: string): Promise<DocEntry[]> {
  const entries: DocEntry[] = [];
  for (const pkg of await publicPackages(root)) {
    const manifest = JSON.parse(await readFile(join(pkg.dir, 'package.json'), 'utf8')) as {
      exports?: Record<string, unknown>;
    };
    entries.push(...entriesOf(pkg.name, pkg.dir, manifest.exports ?? {}));
  }
  const wrong: string[] = [];
  for (const entry of entries) {
    const tag = moduleTag(await readFile(entry.file, 'utf8'));
    if (tag !== entry.specifier)
      wrong.push(
        `${relative(root, entry.file)} (needs \`@module ${entry.specifier}\` in its first comment, has ${tag ?? 'none'})`,
      );
  }
  if (wrong.length > 0) throw new Error(`Entry points without their module name:\n  ${wrong.join('\n  ')}`);
  return entries;
}

/** Builds the reference into `out`; resolves with the number of errors and warnings (0 = written). */
export async function buildDocs(root: string, out: string): Promise<number> {
  const entries = await docEntries(root);
  const app = await Application.bootstrap({
    entryPoints: entries.map((e) => e.file),
    entryPointStrategy: 'resolve',
    tsconfig: join(root, 'tsconfig.docs.json'),
    out,
    name: 'resendkit',
    // The root README links into the repository (packages/, bench/), which the site does not carry.
    readme: 'none',
    // openapi-typescript writes `@description` and `@constant` into @resendkit/types' generated schema.
    blockTags: [...OptionDefaults.blockTags, '@description', '@constant'],
    excludePrivate: true,
    excludeInternal: true,
    excludeExternals: true,
    treatWarningsAsErrors: true,
    // TypeDoc checks documentation only in the packages named here (by default the root's, `resendkit`).
    packagesRequiringDocumentation: [...new Set(entries.map((e) => e.specifier.split('/').slice(0, 2).join('/')))],
    // Every exported declaration needs a comment; members of object types are left to judgement.
    requiredToBeDocumented: ['Enum', 'Variable', 'Function', 'Class', 'Interface', 'TypeAlias', 'Method', 'Accessor'],
    validation: {
      notExported: true,
      invalidLink: true,
      rewrittenLink: true,
      notDocumented: true,
      unusedMergeModuleWith: true,
    },
    logLevel: LogLevel.Warn,
    githubPages: true,
    disableSources: true,
    sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
  });
  const project = await app.convert();
  if (!project) return 1;
  app.validate(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) return app.logger.errorCount + app.logger.warningCount;
  await app.generateDocs(project, out);
  return app.logger.errorCount + app.logger.warningCount;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const problems = await buildDocs(root, resolve(values.out ?? join(root, 'docs/api')));
  if (problems > 0) {
    console.error(`pnpm run docs: ${problems} problem(s) above; the reference was not written.`);
    process.exitCode = 1;
  } else
    console.log(
      `API reference written to ${relative(process.cwd(), resolve(values.out ?? join(root, 'docs/api'))) || '.'}`,
    );
}
