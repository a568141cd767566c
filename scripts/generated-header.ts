/** The header every generated TypeScript file starts with, so nobody edits one by hand. */
export const GENERATED_HEADER = [
  '/**',
  ' * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).',
  ' * Do not edit it by hand: change the spec and regenerate.',
  ' */',
  '',
].join('\n');
