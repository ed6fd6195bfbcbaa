import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at once: a browser test mostly waits (for frames, the host's answers, polls),
    // so two share the machine's two cores. Each worker has its own Chromium. Keyboard tests
    // poll for focus rather than read it once, so a loaded machine slows them, not fails them:
    // the whole suite passed with two workers at a load average of 12–17, once a focus loss
    // it found there was fixed (a span's details built again after a slow save).
    fileParallelism: true,
    maxWorkers: 2,
    // Each file starts its own browser and server; they share the modules that seed projects,
    // imported once rather than once a file.
    isolate: false,
    // One temporary folder per run and `loupe serve` bundled once (tests/helpers/testRunSetup.ts).
    globalSetup: ['tests/helpers/testRunSetup.ts'],
    // What a person waits for on a busy machine: a poll gives the page 15 s, not vitest's 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
