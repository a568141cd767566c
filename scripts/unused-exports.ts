/**
 * Lists the exports of the published packages' own source files that nothing uses: not part of a
 * public entry point (an `exports` subpath), and imported by no other file of the workspace. An
 * export only tests import is listed apart (it may be a seam kept for them, or dead code with a
 * test). Generated files are left out: their exports follow the spec.
 *
 *   tsx scripts/unused-exports.ts [--root <dir>]
 *
 * One TypeScript program over every package's `src/` and `test/`, `bench/`, `examples/` and `scripts/`
 * (the generator imports parts of the fake, and counts as a user); an
 * import is followed through re-exports to the declaration it names, so `export { x } from './a.js'`
 * in an entry point makes `x` of `a.ts` public.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

/** One export nothing outside its file uses. */
export interface UnusedExport {
  file: string;
  name: string;
  /** True when only test files import it. */
  testsOnly: boolean;
  /** `type` for an interface or type alias (often part of a public signature: export it there instead). */
  kind: 'type' | 'value';
}

function tsFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function packageDirs(root: string): string[] {
  return readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));
}

/** The source files an `exports` map points at (`./src/x.ts`), for one package. */
function entryFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports?: Record<string, string> };
  return Object.values(manifest.exports ?? {})
    .filter((target) => typeof target === 'string' && target.endsWith('.ts'))
    .map((target) => resolve(dir, target));
}

/** The declaration an alias (import or re-export) finally names. */
function target(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** One program over the packages' `src/` and `test/`, `bench/`, `examples/` and `scripts/` (fixtures left out). */
function workspaceProgram(root: string, packages: string[]): ts.Program {
  const files = [
    ...packages.flatMap((dir) => [...tsFiles(join(dir, 'src')), ...tsFiles(join(dir, 'test'))]),
    ...tsFiles(join(root, 'bench')),
    ...tsFiles(join(root, 'examples')),
    ...tsFiles(join(root, 'scripts')).filter((f) => !f.includes('fixture')),
  ];
  const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile).config as {
    compilerOptions: object;
  };
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
  return ts.createProgram(files, { ...options, noEmit: true, types: ['node'] });
}

/** The declarations the packages' entry points export. */
function publicSymbolsOf(program: ts.Program, packages: string[]): Set<ts.Symbol> {
  const checker = program.getTypeChecker();
  const publicSymbols = new Set<ts.Symbol>();
  for (const entry of packages.flatMap(entryFiles)) {
    const module = program.getSourceFile(entry) && checker.getSymbolAtLocation(program.getSourceFile(entry)!);
    for (const symbol of module ? checker.getExportsOfModule(module) : []) publicSymbols.add(target(checker, symbol));
  }
  return publicSymbols;
}

/** Each declaration imported or re-exported somewhere, with whether source files, test files or both do. */
function usesOf(program: ts.Program, isTest: (file: string) => boolean): Map<ts.Symbol, Set<'src' | 'test'>> {
  const checker = program.getTypeChecker();
  const usedBy = new Map<ts.Symbol, Set<'src' | 'test'>>();
  const use = (symbol: ts.Symbol, from: string) => {
    const kinds = usedBy.get(symbol) ?? new Set();
    kinds.add(isTest(from) ? 'test' : 'src');
    usedBy.set(symbol, kinds);
  };
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || source.fileName.includes('node_modules')) continue;
    source.forEachChild(function visit(node: ts.Node): void {
      if (ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        if (symbol) use(target(checker, symbol), source.fileName);
      } else if (ts.isNamespaceImport(node) || ts.isNamespaceExport(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const module = symbol && target(checker, symbol);
        for (const member of module ? checker.getExportsOfModule(module) : [])
          use(target(checker, member), source.fileName);
      } else if (ts.isExportDeclaration(node) && !node.exportClause && node.moduleSpecifier) {
        const module = checker.getSymbolAtLocation(node.moduleSpecifier);
        for (const member of module ? checker.getExportsOfModule(module) : [])
          use(target(checker, member), source.fileName);
      }
      node.forEachChild(visit);
    });
  }
  return usedBy;
}

/** Finds the unused exports of the workspace at `root`. */
export function findUnusedExports(root: string): UnusedExport[] {
  const packages = packageDirs(root);
  const program = workspaceProgram(root, packages);
  const checker = program.getTypeChecker();
  const isTest = (file: string) => /(^|[\\/])(test|bench|examples)[\\/]/.test(relative(root, file));
  const publicSymbols = publicSymbolsOf(program, packages);
  const usedBy = usesOf(program, isTest);

  const unused: UnusedExport[] = [];
  for (const dir of packages) {
    for (const file of tsFiles(join(dir, 'src')).filter((f) => !f.includes(`${join('src', 'generated')}`))) {
      const source = program.getSourceFile(file);
      const module = source && checker.getSymbolAtLocation(source);
      for (const symbol of module ? checker.getExportsOfModule(module) : []) {
        if (symbol.flags & ts.SymbolFlags.Alias) continue; // a re-export: judged where it is declared
        if (publicSymbols.has(symbol)) continue;
        const kinds = usedBy.get(symbol);
        if (kinds?.has('src')) continue;
        const kind = symbol.flags & ts.SymbolFlags.Value ? 'value' : 'type';
        unused.push({
          file: relative(root, file),
          name: symbol.getName(),
          testsOnly: kinds?.has('test') ?? false,
          kind,
        });
      }
    }
  }
  return unused.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const unused = findUnusedExports(root);
  for (const { file, name, testsOnly, kind } of unused)
    console.log(`${file}: ${kind} ${name}${testsOnly ? ' (tests only)' : ''}`);
  console.log(
    `${unused.length} unused export(s), ${unused.filter((u) => u.testsOnly).length} of them imported by tests only`,
  );
}
