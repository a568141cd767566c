import { defineConfig } from 'vitest/config';

// One vitest run across the workspace (`pnpm test:all`, uncached): every package with a
// vitest.config.ts is a project, plus the repo-level tests of the generator and the spec.
// `pnpm test` runs the same projects as separate, cached turbo tasks (see turbo.json).
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'examples/*/vitest.config.ts',
      'scripts/vitest.config.ts',
      'bench/vitest.config.ts',
    ],
  },
});
