import { itemAt } from '../collections';

/**
 * A deterministic pseudo-random generator (mulberry32): the same seed gives the same numbers
 * on every machine, so a learner trained with a seed is reproducible.
 * @example const next = seededRandom(7); next() → 0.…, always the same first value for seed 7
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a seeded random order (Fisher–Yates). @example shuffled([1, 2, 3], seededRandom(1)) */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = itemAt(out, i);
    out[i] = itemAt(out, j);
    out[j] = a;
  }
  return out;
}
