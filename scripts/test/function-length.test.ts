/**
 * No function of the shipped or tooling code runs over {@link MAX_BODY_LINES} lines: a longer one is
 * several jobs that want names of their own. Arrow functions and closures count, and a closure's
 * lines count towards the function around it too (a factory of inner closures is one long function).
 * One shape is read as what it is: a function whose body is only `return class …` (a class made on
 * first use) is a class, and its methods are measured one by one. Test files and generated files are
 * left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/** The longest body allowed, in lines from its opening brace to its closing one. */
const MAX_BODY_LINES = 60;

/** The folders measured: every package's sources, the bench's, and the top-level scripts. */
function measuredFiles(): string[] {
  const packages = readdirSync(join(repoRoot, 'packages')).map((name) => `packages/${name}/src`);
  const folders = [...packages, 'bench/src'];
  const files = folders.flatMap((dir) => {
    try {
      return (readdirSync(join(repoRoot, dir), { recursive: true }) as string[]).map((file) => join(dir, file));
    } catch {
      return [];
    }
  });
  const scripts = readdirSync(join(repoRoot, 'scripts')).map((file) => join('scripts', file));
  return [...files, ...scripts].filter(
    (file) =>
      file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts') && !file.includes('generated'),
  );
}

/** True for a body that is only `return class …`: a class made on first use. */
function returnsOnlyAClass(body: ts.Block): boolean {
  const [only] = body.statements;
  return (
    body.statements.length === 1 &&
    ts.isReturnStatement(only!) &&
    !!only.expression &&
    ts.isClassExpression(only.expression)
  );
}

/** `file:line name (n lines)` of each function in `text` whose body is longer than `max` lines. */
export function longFunctions(file: string, text: string, max = MAX_BODY_LINES): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && ts.isBlock(node.body as ts.Node)) {
      const body = node.body as ts.Block;
      const lines = lineOf(body.getEnd()) - lineOf(body.getStart());
      if (lines > max && !returnsOnlyAClass(body)) {
        const named = node.name ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name : undefined);
        const name = named?.getText(source) ?? '(anonymous)';
        found.push(`${file}:${lineOf(body.getStart()) + 1} ${name} (${lines} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('function length', () => {
  it(`keeps every function of packages/*/src, bench/src and scripts/*.ts within ${MAX_BODY_LINES} lines`, () => {
    const long = measuredFiles().flatMap((file) => longFunctions(file, readFileSync(join(repoRoot, file), 'utf8')));
    expect(long).toEqual([]);
  });

  it('finds a long arrow function and a long factory of closures, and reads a class made on first use as a class', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = [
      `const short = () => {\n${lines(3)}\n};`,
      `const long = () => {\n${lines(5)}\n};`,
      `function factory() {\n  const inner = () => 1;\n${lines(4)}\n  return inner;\n}`,
      `function lazyClass() {\n  return class A {\n    m() {\n${lines(2)}\n    }\n    n() {\n${lines(2)}\n    }\n  };\n}`,
      `function lazyClassWithLongMethod() {\n  return class B {\n    m() {\n${lines(6)}\n    }\n  };\n}`,
    ].join('\n');
    expect(longFunctions('x.ts', text, 5)).toEqual([
      'x.ts:6 long (6 lines)',
      'x.ts:13 factory (7 lines)',
      'x.ts:35 m (7 lines)',
    ]);
  });
});
