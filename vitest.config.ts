import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built CLI; give a slow machine room without hiding hangs.
    testTimeout: 30_000,
  },
});
