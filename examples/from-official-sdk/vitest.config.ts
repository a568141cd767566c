import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'from-official-sdk',
    include: ['test/**/*.test.ts'],
  },
});
