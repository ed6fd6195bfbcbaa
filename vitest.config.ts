import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    // One temporary folder per run (in memory where there is room) and the child programs bundled once.
    globalSetup: ['tests/helpers/testRunSetup.ts'],
  },
});
