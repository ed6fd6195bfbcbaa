import { CONFIDENCE_ATTRIBUTE } from '../../shared/contract';
import { predictionScore } from '../../shared/formats';
import type { DocumentMetadata, Span } from '../../shared/model';

/**
 * A suggestion's confidence: the `confidence` attribute a learner gave it, else the score a
 * Label Studio prediction came with (its region's, else the prediction's); null when neither.
 * @example suggestionConfidence({ ...span, attributes: { confidence: 0.9 } }, undefined) === 0.9
 */
export function suggestionConfidence(
  span: Span,
  metadata: DocumentMetadata | undefined,
): number | null {
  const confidence = span.attributes?.[CONFIDENCE_ATTRIBUTE];
  return typeof confidence === 'number' ? confidence : predictionScore(metadata, span.id);
}
