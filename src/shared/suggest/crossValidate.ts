import type { SpanF1 } from '../agreement';
import { trainLabeller, type LabellerOptions, type TrainingDocument } from './sequenceLabeller';
import { suggestionScores, type ScoredDocument } from './suggestionScores';

/** Cross-validation scores and the number of folds they came from. */
export interface CrossValidation {
  readonly folds: number;
  readonly scores: SpanF1;
}

/**
 * k-fold cross-validation (document i held out in fold i mod k, k = min(folds, documents)):
 * every document is tagged by a model that never saw it; exact-span scores over all of them.
 * Null with fewer than two documents.
 * @example crossValidate(docs, 5, { seed: 1 })?.scores.overall.f1 → 0.71
 */
export function crossValidate(
  documents: readonly TrainingDocument[],
  folds: number,
  options: LabellerOptions = {},
  onFold?: (done: number, total: number) => void,
): CrossValidation | null {
  const k = Math.min(folds, documents.length);
  if (k < 2) return null;
  const scored: ScoredDocument[] = [];
  for (let fold = 0; fold < k; fold++) {
    const model = trainLabeller(
      documents.filter((_, i) => i % k !== fold),
      { ...options, onProgress: undefined },
    );
    documents.forEach((doc, i) => {
      if (i % k !== fold) return;
      scored.push({
        id: String(i),
        text: doc.text,
        reference: doc.spans,
        predicted: model.predict(doc.text),
      });
    });
    onFold?.(fold + 1, k);
  }
  return { folds: k, scores: suggestionScores(scored) };
}
