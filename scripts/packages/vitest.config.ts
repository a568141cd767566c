import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The packaging gates: they read dist/, so they run after `pnpm build` through `pnpm check:packages`
// and are deliberately not a project of the root vitest config (`pnpm test` needs no build).
export default defineConfig({
  test: {
    name: 'packages',
    root: dirname(fileURLToPath(import.meta.url)),
    include: ['*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
