import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLabelStudio, writeLabelStudio } from '../../../../src/shared/formats';
import { paragraphRegion, pretty } from './build';

interface Paragraph {
  author?: string;
  text: string;
}

/** Paragraph texts with characters beyond the BMP, so UTF-16 units and code points differ. */
const paragraphArb: fc.Arbitrary<Paragraph> = fc.record(
  {
    author: fc.constantFrom('Mia Wallace', 'Vincent Vega:', 'A'),
    text: fc
      .array(fc.constantFrom('a', 'b', ' ', '😀', 'é', '\n'), { maxLength: 8 })
      .map((chars) => chars.join('')),
  },
  { requiredKeys: ['text'] },
);

/** A region as Label Studio writes it: non-empty at both ends, offsets in UTF-16 units at character boundaries. */
function regionArb(paragraphs: Paragraph[], id: string) {
  const lengths = paragraphs.map((p) => [...p.text].length);
  const pairs = lengths.flatMap((_, i) => lengths.slice(i).map((__, k) => [i, i + k] as const));
  const usable = pairs.filter(([i, j]) => (lengths[i] ?? 0) > 0 && (lengths[j] ?? 0) > 0);
  if (usable.length === 0) return fc.constant(undefined);
  return fc
    .tuple(fc.constantFrom(...usable), fc.nat(), fc.nat(), fc.constantFrom('A', 'B'))
    .map(([[i, j], a, b, label]) => {
      const [li, lj] = [lengths[i] ?? 0, lengths[j] ?? 0];
      let [s, e] = [a % li, 1 + (b % lj)];
      if (i === j && s >= e) [s, e] = [e - 1, s + 1];
      const chars = (k: number) => [...(paragraphs[k]?.text ?? '')];
      const units = (k: number, at: number) => chars(k).slice(0, at).join('').length;
      const pieces = paragraphs
        .slice(i, j + 1)
        .map((_, n) => {
          const k = i + n;
          return chars(k)
            .slice(k === i ? s : 0, k === j ? e : undefined)
            .join('');
        })
        .filter((piece) => piece !== '');
      return paragraphRegion(id, [i, units(i, s)], [j, units(j, e)], pieces.join('\n'), label);
    });
}

const taskArb = fc
  .array(paragraphArb, { minLength: 1, maxLength: 5 })
  .chain((paragraphs) =>
    fc.tuple(
      fc.constant(paragraphs),
      fc.tuple(...['r1', 'r2', 'r3'].map((id) => regionArb(paragraphs, id))),
    ),
  )
  .map(([paragraphs, regions]) => ({
    id: 1,
    data: { dialogue: paragraphs },
    annotations: [{ result: regions.filter((r) => r !== undefined) }],
  }));

describe('Label Studio Paragraphs round trip', () => {
  it('writes back the paragraph list and the regions Label Studio wrote, and reads them to the same spans', () => {
    fc.assert(
      fc.property(taskArb, (task) => {
        const first = readLabelStudio([{ path: 'd.json', content: pretty([task]) }]);
        const written = writeLabelStudio(first);
        const [back] = JSON.parse(written.files[0]?.content ?? '') as (typeof task)[];
        expect(back?.data.dialogue).toEqual(task.data.dialogue);
        expect(back?.annotations[0]?.result).toEqual(task.annotations[0]?.result);
        expect(readLabelStudio(written.files).documents[0]?.spans).toEqual(
          first.documents[0]?.spans,
        );
      }),
      { numRuns: 300 },
    );
  });
});
