import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'bullmq',
    include: ['test/**/*.test.ts'],
    // One redis-server per test file; files run one after another to keep the load bounded.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
