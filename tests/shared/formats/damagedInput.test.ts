import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  FORMATS,
  FormatErrors,
  getFormat,
  type FormatBundle,
  type FormatFile,
  type FormatId,
} from '../../../src/shared/formats';
import { damaged, LARGE_DAMAGE, smallDamage, type Damage } from './damage';
import { damageSeeds, SHARED_PRESENT, type Seed } from './damagedSeeds';

/** A read of damaged input, however hostile, ends within this (2 busy cores). */
const TIME_LIMIT_MS = 5000;
/** Damaged variants of each format's seeds: the file runs in well under 30 s. */
const RUNS = 24;
const SEED = 20261204;

/** Damage a reader does not survive yet, left out here: none now. */
const NOT_YET: Partial<Record<FormatId, (d: Damage) => boolean>> = {};

type Outcome = { readonly bundle: FormatBundle } | { readonly errors: FormatErrors };

/** What `run` gave: a bundle, or Loupe's own error; anything else thrown fails the test, as does a slow run. */
function outcomeOf(run: () => FormatBundle): Outcome {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = { bundle: run() };
  } catch (error) {
    if (!(error instanceof FormatErrors)) throw error;
    outcome = { errors: error };
  }
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  return outcome;
}

function annotationCount(bundle: FormatBundle): number {
  return bundle.documents.reduce(
    (n, d) =>
      n +
      d.spans.length +
      d.relations.length +
      d.stances.length +
      (d.events?.length ?? 0) +
      Object.keys(d.documentLabels).length,
    0,
  );
}

function read(format: FormatId, files: readonly FormatFile[], skipInvalid = false): Outcome {
  const reader = getFormat(format).read;
  if (!reader) throw new Error(`${format} reads nothing`);
  return outcomeOf(() => reader(files, { skipInvalid }));
}

/** Detection names a format or refuses with Loupe's error; nothing else. */
function detect(files: readonly FormatFile[]): void {
  const started = performance.now();
  try {
    expect(FORMATS.map((f) => f.id)).toContain(detectFormat(files));
  } catch (error) {
    if (!(error instanceof FormatErrors)) throw error;
    expect(error.errors.length).toBeGreaterThan(0);
  }
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
}

/** The seed with its `index`-th file damaged. */
function damagedFiles(seed: Seed, index: number, damage: Damage): FormatFile[] {
  const at = index % seed.files.length;
  return seed.files.map((f, i) =>
    i === at ? { path: f.path, content: damaged(f.content, damage) } : f,
  );
}

/** The annotations of the undamaged seed (0 when it is refused whole). */
function annotationsOf(seed: Seed): number {
  const outcome = read(seed.format, seed.files);
  return 'bundle' in outcome ? annotationCount(outcome.bundle) : 0;
}

const seeds = damageSeeds();
const formats = [...new Set(seeds.map((s) => s.format))];

describe('damaged and hostile input: every reader returns what it read or says what is wrong', () => {
  it.skipIf(!SHARED_PRESENT)('has seeds of every format Loupe reads', () => {
    // spaCy's DocBin is binary: its damaged bytes are read in spacyDocBin/damaged.test.ts.
    const readers = FORMATS.filter((f) => f.read && f.id !== 'spacy').map((f) => f.id);
    expect(readers.filter((id) => !formats.includes(id))).toEqual([]);
  });

  it.each(formats)('%s: small damage (bytes, lines, columns, numbers, line ends)', (format) => {
    const own = seeds.filter((s) => s.format === format);
    const had = new Map(own.map((s) => [s, annotationsOf(s)]));
    const skip = NOT_YET[format] ?? (() => false);
    const cases = fc.tuple(fc.constantFrom(...own), fc.nat(3), smallDamage);
    fc.assert(
      fc.property(cases, ([seed, index, damage]) => {
        fc.pre(!skip(damage));
        const files = damagedFiles(seed, index, damage);
        detect(files);
        read(format, files, true);
        const outcome = read(format, files);
        // A file that had annotations does not read as none without a word: one edit drops at most a part.
        if ('bundle' in outcome && damage.kind !== 'truncate' && (had.get(seed) ?? 0) >= 2)
          expect(annotationCount(outcome.bundle)).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it.each(formats)('%s: 100 000 openings and a line of a million characters', (format) => {
    const [seed] = seeds.filter((s) => s.format === format);
    if (!seed) throw new Error(`no seed for ${format}`);
    const skip = NOT_YET[format] ?? (() => false);
    for (const damage of LARGE_DAMAGE.filter((d) => !skip(d))) {
      const files = damagedFiles(seed, seed.files.length - 1, damage);
      detect(files);
      read(format, files);
    }
  });
});
