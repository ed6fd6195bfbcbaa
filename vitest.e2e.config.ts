import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One file at a time: two at once on two cores made keyboard tests flaky (a Tab's focus
    // read before the page moved it, a render pass counted while the other browser ran).
    fileParallelism: false,
    // Each file starts its own browser and server; they share the modules that seed projects,
    // imported once rather than once a file.
    isolate: false,
    // One temporary folder per run and `loupe serve` bundled once (tests/helpers/testRunSetup.ts).
    globalSetup: ['tests/helpers/testRunSetup.ts'],
    // What a person waits for on a busy machine: a poll gives the page 15 s, not vitest's 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
