import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docEntries, entriesOf, moduleTag } from '../docs.js';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('scripts/docs.ts', () => {
  it('documents every source subpath of an exports map under its import specifier', () => {
    const exportsField = {
      '.': './src/index.ts',
      './compose': './src/compose.ts',
      './openapi.json': './src/generated/openapi.json',
      './package.json': './package.json',
    };
    expect(entriesOf('@resendkit/x', '/p', exportsField)).toEqual([
      { specifier: '@resendkit/x', file: '/p/src/index.ts' },
      { specifier: '@resendkit/x/compose', file: '/p/src/compose.ts' },
    ]);
  });

  it('reads the @module name from the first comment only', () => {
    expect(moduleTag('/**\n * Hi.\n * @module @resendkit/x/y\n */\nexport {};')).toBe('@resendkit/x/y');
    expect(moduleTag('export {};\n/** @module late */')).toBeUndefined();
  });

  it('names each entry point by its @module tag and refuses one without it, naming the file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'resendkit-docs-'));
    made.push(root);
    const pkg = join(root, 'packages/x');
    await mkdir(join(pkg, 'src'), { recursive: true });
    await writeFile(
      join(pkg, 'package.json'),
      JSON.stringify({
        name: '@resendkit/x',
        version: '0.0.0',
        exports: { '.': './src/index.ts', './y': './src/y.ts' },
      }),
    );
    await writeFile(join(pkg, 'src/index.ts'), '/**\n * X.\n * @module @resendkit/x\n */\nexport {};\n');
    await writeFile(join(pkg, 'src/y.ts'), '/** Y. */\nexport {};\n');
    await expect(docEntries(root)).rejects.toThrow(
      /packages\/x\/src\/y\.ts \(needs `@module @resendkit\/x\/y` in its first comment, has none\)/,
    );
    await writeFile(join(pkg, 'src/y.ts'), '/**\n * Y.\n * @module @resendkit/x/y\n */\nexport {};\n');
    expect((await docEntries(root)).map((e) => e.specifier)).toEqual(['@resendkit/x', '@resendkit/x/y']);
  });
});
