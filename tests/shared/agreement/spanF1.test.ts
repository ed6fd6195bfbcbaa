import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spanF1, type SpanDocument } from '../../../src/shared/agreement/spanF1';
import type { MatchMode } from '../../../src/shared/agreement/matchMode';
import { span, type TestSpan } from './build';

const TEXT = 'Mike Pompeo met Adil Abdul-Mahdi in Baghdad.';
//          0    5      12  16   21   26 27  33 36      43

function doc(reference: TestSpan[], candidate: TestSpan[], id = 'd1', text = TEXT): SpanDocument {
  return { id, text, reference, candidate };
}

describe('spanF1', () => {
  // Reference: PER Mike Pompeo, PER Adil Abdul-Mahdi, GPE Baghdad.
  // Candidate: PER Pompeo (boundary off), ORG Adil Abdul-Mahdi (label off), GPE Baghdad,
  // and PER "met" (spurious).
  const reference = [span(0, 11, 'PER'), span(16, 32, 'PER'), span(36, 43, 'GPE')];
  const candidate = [
    span(5, 11, 'PER'),
    span(16, 32, 'ORG'),
    span(36, 43, 'GPE'),
    span(12, 15, 'PER'),
  ];

  it('exact: same label and identical fragments', () => {
    const f1 = spanF1([doc(reference, candidate)], 'exact');
    expect(f1.overall).toMatchObject({ tp: 1, fp: 3, fn: 2, precision: 0.25 });
    expect(f1.overall.recall).toBeCloseTo(1 / 3, 12);
    expect(f1.overall.f1).toBeCloseTo(2 / 7, 12);
    expect(f1.byLabel).toEqual({
      GPE: { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 },
      ORG: { tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 },
      PER: { tp: 0, fp: 2, fn: 2, precision: 0, recall: 0, f1: 0 },
    });
    // Identical extents across labels: PER/ORG on Adil Abdul-Mahdi.
    expect(f1.confusion).toEqual({
      labels: ['GPE', 'ORG', 'PER', 'none'],
      counts: [
        [1, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 1, 0, 1],
        [0, 0, 2, 0],
      ],
    });
  });

  it('overlap: same label and a shared code point, one to one', () => {
    const f1 = spanF1([doc(reference, candidate)], 'overlap');
    expect(f1.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(f1.byLabel.PER).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(f1.confusion.counts).toEqual([
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 1, 1, 0],
      [0, 0, 1, 0],
    ]);
  });

  it('token: per-token labels from the tokenizer, counted over tokens', () => {
    // Tokens: Mike Pompeo met Adil Abdul - Mahdi in Baghdad . (10)
    const f1 = spanF1([doc(reference, candidate)], 'token');
    expect(f1.byLabel.PER).toMatchObject({ tp: 1, fp: 1, fn: 5 }); // Pompeo | met | Mike + 4 of Adil Abdul-Mahdi
    expect(f1.byLabel.ORG).toMatchObject({ tp: 0, fp: 4, fn: 0 });
    expect(f1.byLabel.GPE).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(f1.overall).toMatchObject({ tp: 2, fp: 5, fn: 5 });
    expect(f1.confusion.counts).toEqual([
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 4, 1, 1],
      [0, 0, 1, 0],
    ]);
  });

  it('micro-averages over documents and reports each document', () => {
    const f1 = spanF1(
      [
        doc([span(0, 4)], [span(0, 4)], 'a'),
        doc([span(0, 4), span(5, 11)], [], 'b'),
        doc([], [], 'c'),
      ],
      'exact',
    );
    expect(f1.overall).toMatchObject({ tp: 1, fp: 0, fn: 2, precision: 1 });
    expect(f1.overall.f1).toBeCloseTo(0.5, 12);
    expect(f1.documents.map((d) => [d.id, d.f1])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', null],
    ]);
  });

  it('is null, not 0, when neither annotator has spans', () => {
    const f1 = spanF1([doc([], [])], 'overlap');
    expect(f1.overall).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(f1.byLabel).toEqual({});
    expect(spanF1([], 'token').documents).toEqual([]);
  });

  const spans = fc.array(
    fc
      .tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('PER', 'ORG', 'GPE'),
      )
      .map(([start, length, label]) => span(start, Math.min(start + length, TEXT.length), label)),
    { maxLength: 8 },
  );
  const mode = fc.constantFrom<MatchMode>('exact', 'overlap', 'token');

  it('swapping the annotators swaps precision and recall, fp and fn, for every label (property)', () => {
    fc.assert(
      fc.property(spans, spans, mode, (a, b, how) => {
        const ab = spanF1([doc(a, b)], how);
        const ba = spanF1([doc(b, a)], how);
        for (const [label, s] of Object.entries({ ...ab.byLabel, overall: ab.overall })) {
          const t = label === 'overall' ? ba.overall : ba.byLabel[label];
          expect(t).toEqual({
            tp: s.tp,
            fp: s.fn,
            fn: s.fp,
            precision: s.recall,
            recall: s.precision,
            f1: s.f1,
          });
        }
      }),
    );
  });

  it('token confusion transposes when the annotators swap (property)', () => {
    fc.assert(
      fc.property(spans, spans, (a, b) => {
        const ab = spanF1([doc(a, b)], 'token').confusion;
        const ba = spanF1([doc(b, a)], 'token').confusion;
        expect(ba.counts).toEqual(ab.counts.map((row, i) => row.map((_, j) => ab.counts[j]?.[i])));
      }),
    );
  });

  it('identical annotations score F1 = 1 (null for tokens when no span covers one) (property)', () => {
    fc.assert(
      fc.property(spans, mode, (a, how) => {
        const f1 = spanF1([doc(a, a)], how).overall;
        if (a.length === 0 || (how === 'token' && f1.f1 === null)) expect(f1.f1).toBeNull();
        else expect(f1).toMatchObject({ fp: 0, fn: 0, f1: 1 });
      }),
    );
  });

  it('overlap matching finds at least as many true positives as exact (property)', () => {
    fc.assert(
      fc.property(spans, spans, (a, b) => {
        expect(spanF1([doc(a, b)], 'overlap').overall.tp).toBeGreaterThanOrEqual(
          spanF1([doc(a, b)], 'exact').overall.tp,
        );
      }),
    );
  });

  it('confusion rows sum to reference spans and columns to candidate spans (property)', () => {
    fc.assert(
      fc.property(spans, spans, fc.constantFrom<MatchMode>('exact', 'overlap'), (a, b, how) => {
        const { labels, counts } = spanF1([doc(a, b)], how).confusion;
        labels.slice(0, -1).forEach((label, i) => {
          const row = (counts[i] ?? []).reduce((s, x) => s + x, 0);
          const column = counts.reduce((s, r) => s + (r[i] ?? 0), 0);
          expect(row).toBe(a.filter((s) => s.label === label).length);
          expect(column).toBe(b.filter((s) => s.label === label).length);
        });
      }),
    );
  });
});
