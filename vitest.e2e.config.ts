import { defineConfig } from 'vitest/config';

/**
 * Files whose tests time what a person would notice (frames, keys typed at once, first paint):
 * they run one at a time after the rest, with the machine to themselves.
 */
const TIMED = [
  'firstPaint',
  'heldKeysAtControls',
  'keyboard',
  'keyboardFocus',
  'keysBeforeDialog',
  'keysIntoDialogFields',
  'pageTheme',
  'panelsAfterEdits',
  'safeForms',
  'startKeys',
  'syncConflictKeyboard',
].map((name) => `tests/e2e/${name}.e2e.test.ts`);

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file starts its own browser and server; they share the modules that seed projects,
    // imported once rather than once a file.
    isolate: false,
    // One temporary folder per run and `loupe serve` bundled once (tests/helpers/testRunSetup.ts).
    globalSetup: ['tests/helpers/testRunSetup.ts'],
    // What a person waits for on a busy machine: a poll gives the page 15 s, not vitest's 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          exclude: TIMED,
          // Two files at once: a file waits on its browser and server as much as it computes.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-timed',
          include: TIMED,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
