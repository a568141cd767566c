import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'pagination',
    include: ['test/**/*.test.ts'],
    // The heap test calls gc() to measure what a 100 000-item walk keeps alive.
    execArgv: ['--expose-gc'],
  },
});
