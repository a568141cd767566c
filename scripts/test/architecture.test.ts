/**
 * The structure the code promises: no import cycle in any package's `src/`, and the client's wire
 * (`packages/client/src/internal/`) behind its one door: outside the folder only `internal/index.ts`
 * is imported, and the wire itself imports nothing of the client but its own files and the
 * dependency-free `shared/` helpers. Type-only imports count: a type cycle ties files together too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/** `import … from './x.js'`, `export … from './x.js'`, `import './x.js'` and `import('./x.js')` with a relative specifier. */
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g;

/** Every `.ts` file under `dir` (relative to the repo), generated files included. */
function sourceFiles(dir: string): string[] {
  return (readdirSync(join(repoRoot, dir), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(dir, file));
}

/** The files each file imports, resolved (`./x.js` → `x.ts`, `./dir` → `dir/index.ts`). */
export function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    const targets: string[] = [];
    for (const [, specifier] of text.matchAll(IMPORT)) {
      const base = relative(repoRoot, resolve(repoRoot, dirname(file), specifier as string));
      const candidate = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((path) =>
        known.has(path),
      );
      if (candidate) targets.push(candidate);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the files around it. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const packages = readdirSync(join(repoRoot, 'packages')).filter((name) => {
  try {
    return readdirSync(join(repoRoot, 'packages', name, 'src')).length > 0;
  } catch {
    return false;
  }
});

describe('the import graph', () => {
  it.each(packages)('has no cycle in packages/%s/src', (name) => {
    const graph = importGraph(sourceFiles(`packages/${name}/src`));
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});

describe("the client's wire", () => {
  const WIRE = 'packages/client/src/internal/';
  const DOOR = `${WIRE}index.ts`;
  const graph = importGraph(sourceFiles('packages/client/src'));

  it('is entered only through its door', () => {
    const trespasses = [...graph].flatMap(([file, targets]) =>
      file.startsWith(WIRE)
        ? []
        : targets.filter((target) => target.startsWith(WIRE) && target !== DOOR).map((target) => `${file} → ${target}`),
    );
    expect(trespasses).toEqual([]);
  });

  it('imports nothing of the client but itself and the shared helpers', () => {
    const reaches = [...graph].flatMap(([file, targets]) =>
      file.startsWith(WIRE)
        ? targets
            .filter((target) => !target.startsWith(WIRE) && !target.startsWith('packages/client/src/shared/'))
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(reaches).toEqual([]);
  });

  it('keeps its send types in a file that imports nothing', () => {
    expect(graph.get(`${WIRE}send-types.ts`)).toEqual([]);
    expect(readFileSync(join(repoRoot, WIRE, 'send-types.ts'), 'utf8')).not.toMatch(/^import /m);
  });

  it('has a stand-in for other platforms that exports the same names as each file it replaces', () => {
    const exported = (file: string) =>
      [
        ...readFileSync(join(repoRoot, file), 'utf8').matchAll(
          /^export (?:async )?(?:function|class|const|type|interface) (\w+)/gm,
        ),
      ]
        .map((m) => m[1])
        .sort();
    const standIns = [...graph.keys()].filter((file) => file.endsWith('.web.ts'));
    expect(standIns.length).toBeGreaterThanOrEqual(4);
    for (const standIn of standIns) {
      const original = standIn.replace(/\.web\.ts$/, '.ts');
      const missing = exported(original).filter(
        (name) =>
          !exported(standIn).includes(name) &&
          !/^(?:[A-Z]\w*Options|Dispatched|Dispatcher|RequestParts)$/.test(name as string),
      );
      expect(missing, standIn).toEqual([]);
    }
  });

  it('keeps the shared helpers free of imports from anywhere else', () => {
    const shared = [...graph].filter(([file]) => file.startsWith('packages/client/src/shared/'));
    expect(shared.length).toBeGreaterThan(0);
    for (const [file, targets] of shared)
      expect(
        targets.filter((t) => !t.startsWith('packages/client/src/shared/')),
        file,
      ).toEqual([]);
  });
});

/** A file's code without its comments (which may quote what they explain). */
const codeOf = (file: string) =>
  readFileSync(join(repoRoot, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/.*$/gm, '');

/** The packages' own source files (generated ones left out) whose code matches `pattern`. */
function placesOf(pattern: RegExp): string[] {
  return packages
    .flatMap((name) => sourceFiles(`packages/${name}/src`))
    .filter((file) => !file.includes('/generated/') && pattern.test(codeOf(file)));
}

describe('one of each, shared by every package', () => {
  it('reads body streams in one place: the capped reader', () => {
    expect(placesOf(/\.getReader\(/)).toEqual(['packages/client/src/shared/read-capped.ts']);
  });

  it('states the timer limit in one place', () => {
    expect(placesOf(/2_?147_?483_?647\b|2 \*\* 31|0x7fff_?ffff/i)).toEqual(['packages/client/src/shared/timer.ts']);
  });

  // A third reader of its format beside the methods' had grown in the telemetry and the option checks.
  it('reads the generated route table in one place', () => {
    expect(placesOf(/\b(?:ROUTES|routes)\.split\(/)).toEqual(['packages/client/src/route-table.ts']);
  });

  // `sendAll` and `toApiEmail` had each written the check (and its message) out.
  it('refuses a signal option that is no AbortSignal by throwing in one place in the client', () => {
    const throwing = placesOf(/throw \w+\(`signal must be an AbortSignal/);
    expect(throwing.filter((file) => file.startsWith('packages/client/'))).toEqual([
      'packages/client/src/signal-like.ts',
    ]);
  });
});
