import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maximumMatching } from '../../../src/shared/agreement/maximumMatching';

/** Size of a maximum matching by trying every assignment (small graphs only). */
function bruteForce(
  adjacency: readonly (readonly number[])[],
  used = new Set<number>(),
  left = 0,
): number {
  if (left === adjacency.length) return 0;
  let best = bruteForce(adjacency, used, left + 1);
  for (const right of adjacency[left] ?? []) {
    if (used.has(right)) continue;
    used.add(right);
    best = Math.max(best, 1 + bruteForce(adjacency, used, left + 1));
    used.delete(right);
  }
  return best;
}

describe('maximumMatching', () => {
  it('reroutes an earlier choice to match more (where first-come pairing would not)', () => {
    // Left 0 could take right 0 or 1; left 1 only right 0: both get matched.
    expect(maximumMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
  });

  it('leaves unmatched vertices at -1', () => {
    expect(maximumMatching([[0], [0], []], 1)).toEqual([0, -1, -1]);
    expect(maximumMatching([], 3)).toEqual([]);
  });

  it('follows long augmenting chains without recursion', () => {
    // Left i < n − 1 tries right i + 1 first, then i; the last left vertex wants only
    // right n − 1, so matching it shifts every earlier vertex back: a path of length n.
    const n = 20_000;
    const adjacency = Array.from({ length: n }, (_, i) => (i === n - 1 ? [n - 1] : [i + 1, i]));
    const match = maximumMatching(adjacency, n);
    expect(match.every((r, l) => r === l)).toBe(true);
  });

  const graph = fc
    .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }))
    .chain(([left, right]) =>
      fc.tuple(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: right - 1 }), { maxLength: right }), {
          minLength: left,
          maxLength: left,
        }),
        fc.constant(right),
      ),
    );

  it('is a valid matching as large as any (property, against brute force)', () => {
    fc.assert(
      fc.property(graph, ([adjacency, rightCount]) => {
        const match = maximumMatching(adjacency, rightCount);
        const rights = match.filter((r) => r >= 0);
        expect(new Set(rights).size).toBe(rights.length);
        match.forEach((r, l) => {
          if (r >= 0) expect(adjacency[l]).toContain(r);
        });
        expect(rights.length).toBe(bruteForce(adjacency));
      }),
    );
  });
});
