import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'mock',
    include: ['test/**/*.test.ts'],
    // The request log's memory test calls gc() to measure what the log keeps alive.
    execArgv: ['--expose-gc'],
  },
});
