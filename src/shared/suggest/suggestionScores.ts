import { spanF1, type SpanF1 } from '../agreement';
import { fragmentOf } from '../spans/fragment';
import type { CodePointSpan } from './bioTags';

/** A document's reference spans and a learner's spans for it. */
export interface ScoredDocument {
  readonly id: string;
  readonly text: string;
  readonly reference: readonly CodePointSpan[];
  readonly predicted: readonly CodePointSpan[];
}

/**
 * Exact-span precision, recall and F1 (micro-averaged, per label too) of predicted spans
 * against reference spans: the figures `loupe agree --match exact` reports.
 * @example suggestionScores([{ id: 'd', text, reference: [per(0, 11)], predicted: [per(0, 11)] }]).overall.f1 → 1
 */
export function suggestionScores(documents: readonly ScoredDocument[]): SpanF1 {
  const labeled = (spans: readonly CodePointSpan[]) =>
    spans.map((s) => ({ label: s.label, fragments: [fragmentOf(s.start, s.end)] }));
  return spanF1(
    documents.map((d) => ({
      id: d.id,
      text: d.text,
      reference: labeled(d.reference),
      candidate: labeled(d.predicted),
    })),
    'exact',
  );
}
