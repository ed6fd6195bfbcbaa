import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { preactAliases } from './rendererBundle.config.ts';

export default defineConfig({
  // Components render with what the window ships: Preact's compatibility layer, not React DOM.
  // Packages that import React get it too (`server.deps.inline` below), and TipTap's CommonJS
  // shims run on it (Node would load them with React's own `require`).
  resolve: {
    alias: [
      ...preactAliases(),
      {
        find: /^use-sync-external-store\/shim(\/index|\/with-selector)?(\.js)?$/,
        replacement: resolve(import.meta.dirname, 'tests/helpers/syncExternalStoreOnPreact.ts'),
      },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Two test files at once on a 2-core machine (vitest's default leaves one core idle there):
    // many files wait on child processes, the disk or git as much as they compute.
    maxWorkers: 2,
    // Files share their worker's modules rather than import them afresh: importing took more of
    // the run than the tests did (455 files: 594 s → 305 s). Tests keep no state between files
    // (each makes its own folders and servers) and the few mocks are undone where they are made.
    isolate: false,
    // One temporary folder per run (in memory where there is room) and the child programs bundled once.
    globalSetup: ['tests/helpers/testRunSetup.ts'],
    // Effects run when the window runs them (Preact's options as the window sets them), and
    // each file starts with a fresh window's save state.
    setupFiles: ['src/renderer/src/preactOptions.ts', 'tests/helpers/freshSaveState.ts'],
    server: { deps: { inline: [/@radix-ui/, /@tiptap/, /recharts/, /@floating-ui/] } },
  },
});
