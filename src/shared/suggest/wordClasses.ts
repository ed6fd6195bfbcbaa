import { itemAt } from '../collections';
import type { Token } from '../text';
import { seededRandom } from './seededRandom';

/**
 * Word classes learned from a project's text, annotated or not: each lower-cased word is
 * described by the words seen right before and after it, that description is reduced by a
 * seeded random projection, and spherical k-means groups the words at a few granularities.
 * Words used alike (`lunes`/`martes`, `gene`/`protein`) share a class, so a class seen in
 * the annotated spans carries over to words never annotated.
 *
 * Written here rather than taken from npm: the packages that cluster (ml-kmeans and the like)
 * need dense vectors of the whole vocabulary and a random source of their own, where this
 * needs seeded, sparse-to-dense projection in a few dozen lines and no dependency.
 */
export interface WordClasses {
  /** The classes of a word (lower case) at every granularity, as feature values; empty when unseen. */
  classesOf(lower: string): readonly string[];
}

/** Class counts, coarse to fine. */
const GRANULARITIES = [16, 64, 256] as const;

/** Context words kept as themselves; rarer ones count by their shape. */
const CONTEXT_WORDS = 500;

/** Dimensions the context counts are projected to. */
const DIMENSIONS = 96;

/** Words clustered at most (the most frequent); rarer words have no class. */
const VOCABULARY = 30_000;

const ITERATIONS = 8;

/** Words seen fewer times than this have one or two contexts: too few to place them. */
const MIN_COUNT = 3;

/** A granularity is used only with at least this many clustered words a class. */
const WORDS_PER_CLASS = 8;

/** An empty set of classes: no text to learn from. */
export const NO_WORD_CLASSES: WordClasses = { classesOf: () => [] };

function contextKey(word: string | undefined, frequent: ReadonlyMap<string, number>): string {
  if (word === undefined) return '<edge>';
  const lower = word.toLowerCase();
  if (frequent.has(lower)) return lower;
  if (/^\p{Lu}/u.test(word)) return '<Cap>';
  if (/\p{N}/u.test(word)) return '<num>';
  return '<rare>';
}

/** A seeded ±1 vector per context key (left and right kept apart), made on first use. */
function projector(seed: number): (key: string) => Float32Array {
  const random = seededRandom(seed);
  const vectors = new Map<string, Float32Array>();
  return (key) => {
    let v = vectors.get(key);
    if (!v) {
      v = Float32Array.from({ length: DIMENSIONS }, () => (random() < 0.5 ? -1 : 1));
      vectors.set(key, v);
    }
    return v;
  };
}

function normalize(v: Float32Array): void {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) / norm;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** Spherical k-means: the cluster of every vector; the k first centres are spread seeded picks. */
function kMeans(vectors: readonly Float32Array[], k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const n = vectors.length;
  const assignment = new Int32Array(n);
  if (n === 0) return assignment;
  const picks = new Set<number>();
  while (picks.size < Math.min(k, n)) picks.add(Math.floor(random() * n));
  let centres: Float32Array[] = [...picks].map((i) => Float32Array.from(vectors[i] ?? []));
  for (let round = 0; round < ITERATIONS; round++) {
    for (let i = 0; i < n; i++) {
      const v = itemAt(vectors, i);
      let best = -Infinity;
      for (let c = 0; c < centres.length; c++) {
        const s = dot(v, itemAt(centres, c));
        if (s > best) [best, assignment[i]] = [s, c];
      }
    }
    const sums = centres.map(() => new Float32Array(DIMENSIONS));
    vectors.forEach((v, i) => {
      const sum = itemAt(sums, assignment[i] ?? 0);
      for (let d = 0; d < DIMENSIONS; d++) sum[d] = (sum[d] ?? 0) + (v[d] ?? 0);
    });
    centres = sums.map((sum, c) => {
      if (sum.every((x) => x === 0)) return itemAt(centres, c);
      normalize(sum);
      return sum;
    });
  }
  return assignment;
}

/**
 * Learns word classes from token lists (every document of the project, annotated or not).
 * Deterministic for a seed.
 * @example learnWordClasses([tokens('el lunes y el martes')]).classesOf('lunes') → ['16:3', '64:12', '256:40']
 */
export function learnWordClasses(texts: readonly (readonly Token[])[], seed = 1): WordClasses {
  const counts = new Map<string, number>();
  for (const tokens of texts)
    for (const t of tokens) {
      const lower = t.text.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  if (counts.size === 0) return NO_WORD_CLASSES;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const frequent = new Map(ranked.slice(0, CONTEXT_WORDS));
  const clustered = ranked.slice(0, VOCABULARY).filter(([, n]) => n >= MIN_COUNT);
  const vocabulary = new Map(clustered.map(([w], i) => [w, i]));
  const contexts = Array.from(vocabulary, () => new Map<string, number>());
  for (const tokens of texts)
    tokens.forEach((t, i) => {
      const at = vocabulary.get(t.text.toLowerCase());
      if (at === undefined) return;
      const bag = itemAt(contexts, at);
      const left = `L${contextKey(tokens[i - 1]?.text, frequent)}`;
      const right = `R${contextKey(tokens[i + 1]?.text, frequent)}`;
      bag.set(left, (bag.get(left) ?? 0) + 1);
      bag.set(right, (bag.get(right) ?? 0) + 1);
    });
  const project = projector(seed);
  const vectors = contexts.map((bag) => {
    const v = new Float32Array(DIMENSIONS);
    for (const [key, count] of [...bag].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const r = project(key);
      const weight = Math.sqrt(count);
      for (let d = 0; d < DIMENSIONS; d++) v[d] = (v[d] ?? 0) + weight * (r[d] ?? 0);
    }
    normalize(v);
    return v;
  });
  const granularities = GRANULARITIES.filter((k) => k * WORDS_PER_CLASS <= vectors.length);
  const levels = granularities.map((k, g) => kMeans(vectors, k, seed * 31 + g));
  return {
    classesOf: (lower) => {
      const at = vocabulary.get(lower);
      if (at === undefined) return [];
      return levels.map((a, g) => `${granularities[g] ?? 0}:${a[at] ?? 0}`);
    },
  };
}
