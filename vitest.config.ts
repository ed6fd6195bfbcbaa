import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Two test files at once on a 2-core machine (vitest's default leaves one core idle there):
    // many files wait on child processes, the disk or git as much as they compute.
    maxWorkers: 2,
    // One temporary folder per run (in memory where there is room) and the child programs bundled once.
    globalSetup: ['tests/helpers/testRunSetup.ts'],
  },
});
