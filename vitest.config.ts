import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every scratch directory of a run lives in one temporary directory, removed when the run ends.
    globalSetup: ['test/helpers/temp-root.ts'],
    // CLI tests spawn the built CLI; give a slow machine room without hiding hangs.
    testTimeout: 30_000,
  },
});
