import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests fork real workers and Chromium; two cores here.
    fileParallelism: true,
    maxWorkers: 2,
    pool: 'forks',
  },
});
