import { describe, expect, it } from 'vitest';
import { spacedTokens } from '../../../src/shared/text';

/** Each token's text and code point offsets. */
function listed(text: string): [string, number, number][] {
  const t = spacedTokens(text);
  return Array.from({ length: t.count }, (_, i) => [
    text.slice(t.start16[i], t.end16[i]),
    t.start[i] ?? -1,
    t.end[i] ?? -1,
  ]);
}

describe('spacedTokens', () => {
  it('counts a surrogate pair as one code point and a lone surrogate as one too', () => {
    // Python: [(t, …) for t in 'a😀 \ud800x y'.split(' ')] → starts 0, 3, 6 in code points.
    expect(listed('a😀 \ud800x y').filter(([t]) => t !== ' ')).toEqual([
      ['a😀', 0, 2],
      ['\ud800x', 3, 5],
      ['y', 6, 7],
    ]);
  });
});
