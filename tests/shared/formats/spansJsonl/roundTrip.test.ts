import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSpansJsonl, writeSpansJsonl } from '../../../../src/shared/formats';
import type { FormatBundle } from '../../../../src/shared/formats';
import { isPythonSpace } from '../../../../src/shared/text';
import { bundleArb } from '../arbitraries';
import { canonical } from '../canonical';

/** The bundle with every span edge on whitespace moved to the nearest non-space character inside, spans left with none dropped. */
function trimmedToWords(bundle: FormatBundle): FormatBundle {
  const documents = bundle.documents.map((doc) => {
    const chars = [...doc.text];
    const space = (at: number): boolean => isPythonSpace((chars[at] ?? 'x').charCodeAt(0));
    const spans = doc.spans.flatMap((span) => {
      const fragments = span.fragments.flatMap((f) => {
        let { start, end } = f;
        while (start < end && space(start)) start++;
        while (end > start && space(end - 1)) end--;
        return start < end ? [{ start, end }] : [];
      });
      return fragments.length > 0 ? [{ ...span, fragments }] : [];
    });
    return { ...doc, spans };
  });
  return { ...bundle, documents };
}

describe('spans JSONL round trip', () => {
  it('brings back offsets and labels of any text (span edges on whitespace moved to the words), and its own token indices check out', () => {
    fc.assert(
      fc.property(bundleArb({}), (bundle) => {
        const back = readSpansJsonl(writeSpansJsonl(bundle).files);
        expect(canonical(back, { name: true })).toEqual(
          canonical(trimmedToWords(bundle), { name: true }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
