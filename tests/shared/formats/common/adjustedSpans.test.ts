import { describe, expect, it } from 'vitest';
import {
  ADJUSTED_NAMED,
  adjustedLines,
  bundleOf,
  getFormat,
  type FormatDocument,
} from '../../../../src/shared/formats';
import { fragmentOf } from '../../../../src/shared/spans';

/**
 * `in  Geneva\r\n`: the span starts on the space folded into `in` and ends inside the CRLF;
 * `\r\n` alone is whitespace; the last starts on the space after a no-break space and ends on the one after `Pompeo`.
 * Offsets worked out by hand from the text (index: T0 … G10 … \r16 \n17 e18 … .23 nbsp24 ' '25 M26 … P30 … o35 ' '36).
 */
const doc: FormatDocument = {
  name: 'whitespace-edges',
  text: 'Talks in  Geneva\r\nended.\u00a0 Mr. Pompeo left.',
  spans: [
    { id: 'T1', label: 'GPE', fragments: [fragmentOf(8, 17)] },
    { id: 'T2', label: 'MISC', fragments: [fragmentOf(16, 18)] },
    { id: 'T3', label: 'PERSON', fragments: [fragmentOf(25, 37)] },
    { label: 'ORG', fragments: [fragmentOf(18, 23)] },
  ],
  relations: [],
  stances: [],
  entities: [],
  documentLabels: {},
};

describe('spans moved off whitespace or left out are named in the summary', () => {
  it('spans JSONL names each with its old and new offsets', () => {
    const { summary } = getFormat('spans-jsonl').write?.(bundleOf([doc], [])) ?? {};
    expect(summary?.adjusted).toEqual([
      { document: 'whitespace-edges', span: 'T1', from: [8, 17], to: [10, 16] },
      { document: 'whitespace-edges', span: 'T2', from: [16, 18], to: null },
      { document: 'whitespace-edges', span: 'T3', from: [25, 37], to: [26, 36] },
    ]);
    expect(summary?.adjustedTotal).toBe(3);
  });

  it('CoNLL and Hugging Face name them too; a span without id is named by its index', () => {
    const unnamed = {
      ...doc,
      spans: doc.spans.map(({ label, fragments }) => ({ label, fragments })),
    };
    for (const id of ['conll', 'hf'] as const) {
      const { summary } =
        getFormat(id).write?.(bundleOf([unnamed], []), { overlaps: 'first' }) ?? {};
      // --overlaps first keeps T1 [8,17) and drops T2 [16,18), which overlaps it
      expect(summary?.adjusted).toEqual([
        { document: 'whitespace-edges', span: '#0', from: [8, 17], to: [10, 16] },
        { document: 'whitespace-edges', span: '#2', from: [25, 37], to: [26, 36] },
      ]);
    }
  });

  it('names the first ones and counts the rest', () => {
    const many: FormatDocument = {
      ...doc,
      text: 'a  '.repeat(30),
      spans: Array.from({ length: 30 }, (_, i) => ({
        id: `W${i}`,
        label: 'X',
        fragments: [fragmentOf(3 * i + 1, 3 * i + 3)],
      })),
    };
    const { summary } = getFormat('spans-jsonl').write?.(bundleOf([many], [])) ?? {};
    expect(summary?.adjusted).toHaveLength(ADJUSTED_NAMED);
    expect(summary?.adjusted?.[0]).toEqual({
      document: 'whitespace-edges',
      span: 'W0',
      from: [1, 3],
      to: null,
    });
    expect(summary?.adjustedTotal).toBe(30);
  });

  it('reads as one line per span, then how many more', () => {
    expect(
      adjustedLines({
        adjusted: [
          { document: 'talks', span: 'T1', from: [8, 17], to: [10, 16] },
          { document: 'talks', span: 'T2', from: [16, 18], to: null },
        ],
        adjustedTotal: 5,
      }),
    ).toEqual([
      'talks: span T1 [8,17) moved to [10,16) (an edge was on whitespace)',
      'talks: span T2 [16,18) left out (whitespace only)',
      'and 3 more',
    ]);
    expect(adjustedLines({})).toEqual([]);
  });
});
