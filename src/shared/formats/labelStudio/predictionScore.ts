import { getOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { keptAnnotationOf } from './keptAnnotation';

/**
 * Whether a layer holds a Label Studio prediction (a model's, imported into a layer named after
 * its `model_version`): its spans are suggestions the annotator accepts or rejects.
 * @example isPredictionLayer({ $labelstudio: { prediction: true } }) === true
 */
export function isPredictionLayer(metadata: DocumentMetadata | undefined): boolean {
  return keptAnnotationOf(metadata).prediction === true;
}

/**
 * The score Label Studio gave a prediction's region (its own `score`), else the prediction's
 * (`score` beside `model_version`), when it is a confidence from 0 to 1; null otherwise.
 * @example predictionScore({ $labelstudio: { prediction: true, annotation: { score: 0.8 } } }, 'p1') === 0.8
 */
export function predictionScore(
  metadata: DocumentMetadata | undefined,
  spanId: string,
): number | null {
  const kept = keptAnnotationOf(metadata);
  if (kept.prediction !== true) return null;
  const region = getOwn(kept.regions ?? {}, spanId)?.score;
  const score = typeof region === 'number' ? region : kept.annotation?.score;
  return typeof score === 'number' && score >= 0 && score <= 1 ? score : null;
}
