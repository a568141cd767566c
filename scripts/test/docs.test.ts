import { describe, expect, it } from 'vitest';
import { docEntries, entriesOf, moduleTag } from '../docs.js';
import { repoRoot } from './helpers.js';

describe('scripts/docs.ts', () => {
  it('documents every source subpath of an exports map under its import specifier', () => {
    const exportsField = { '.': './src/index.ts', './compose': './src/compose.ts', './openapi.json': './src/generated/openapi.json', './package.json': './package.json' };
    expect(entriesOf('@resendkit/x', '/p', exportsField)).toEqual([
      { specifier: '@resendkit/x', file: '/p/src/index.ts' },
      { specifier: '@resendkit/x/compose', file: '/p/src/compose.ts' },
    ]);
  });

  it('reads the @module name from the first comment only', () => {
    expect(moduleTag('/**\n * Hi.\n * @module @resendkit/x/y\n */\nexport {};')).toBe('@resendkit/x/y');
    expect(moduleTag('export {};\n/** @module late */')).toBeUndefined();
  });

  it('finds every exports subpath of the published packages, each named by its @module tag', async () => {
    const specifiers = (await docEntries(repoRoot)).map((e) => e.specifier).sort();
    expect(specifiers).toEqual([
      '@resendkit/client', '@resendkit/client/compose', '@resendkit/client/errors',
      '@resendkit/mock', '@resendkit/mock/msw', '@resendkit/mock/server',
      '@resendkit/pagination', '@resendkit/redis', '@resendkit/types', '@resendkit/webhooks',
    ]);
  });
});
