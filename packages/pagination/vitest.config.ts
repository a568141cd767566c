import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'pagination',
    include: ['test/**/*.test.ts'],
  },
});
