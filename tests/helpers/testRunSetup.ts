import { mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleEntry } from './bundleEntry';
import { BUNDLED_PROGRAMS, BUNDLES_VARIABLE, bundlePath } from './programBundles';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'loupe-tests');
/** statfs type of a tmpfs (Linux); its fsync returns at once, an ext4 one waits for the disk. */
const TMPFS = 0x01021994;
/** Free room a memory folder must have before the run's temporary folders go there. */
const ROOM_NEEDED = 4 * 1024 ** 3;

/** A folder in memory (/dev/shm) with room, where there is one; else the system's temporary folder. */
function scratchParent(): string {
  try {
    const shm = statfsSync('/dev/shm');
    if (shm.type === TMPFS && shm.bavail * shm.bsize >= ROOM_NEEDED) return '/dev/shm';
  } catch {
    // no /dev/shm (macOS, Windows): the system's folder
  }
  return tmpdir();
}

/**
 * Marks, on the process's global object, that this run's folders and bundles are made: each
 * project loads this module afresh, so a variable of its own would not be seen by the next.
 */
const SET_UP = Symbol.for('loupe.testRunSetUp');

async function buildPrograms(folder: string): Promise<void> {
  await Promise.all(
    BUNDLED_PROGRAMS.map((program) =>
      bundleEntry(join(ROOT, program), bundlePath(folder, program)),
    ),
  );
}

/**
 * Once per test run: every temporary folder of the run (projects, clones, browser profiles)
 * goes under one folder, in memory where the machine has room, removed at the end; the
 * programs tests start as children (the CLI, fault children) are bundled once into
 * node_modules/.cache, rebuilt when watch mode reruns.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  // A config of several projects runs its set-up once for each: the first one serves them all.
  if (Reflect.get(globalThis, SET_UP) === true) return () => undefined;
  Reflect.set(globalThis, SET_UP, true);
  const scratch = mkdtempSync(join(scratchParent(), 'loupe-tests-'));
  // Inside the checkout, so the bundles' imports of packages resolve to its node_modules.
  mkdirSync(CACHE, { recursive: true });
  const bundles = mkdtempSync(join(CACHE, 'programs-'));
  process.env.TMPDIR = scratch;
  process.env[BUNDLES_VARIABLE] = bundles;
  await buildPrograms(bundles);
  project.onTestsRerun(() => buildPrograms(bundles));
  return () => {
    // A test process's Chromium may still be writing its profile here as it is stopped.
    rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    rmSync(bundles, { recursive: true, force: true });
  };
}
