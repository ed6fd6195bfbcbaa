import type { FormatSpan } from '../common';

/** Where Label Studio says a region came from, when it came from a prediction. */
export type RegionOrigin = 'prediction' | 'prediction-changed';

/**
 * The `origin` Label Studio gives the results of a span's region when the region came from a
 * prediction: a span accepted from a model's suggestion (its `provenance`), or a region the
 * file already said came from one; `prediction` while the span is as it was accepted or read,
 * `prediction-changed` once edited since (its `updatedAt` moved on from its `createdAt`).
 * Undefined otherwise: Label Studio's default, `manual`, is left to the file's own fields.
 *
 * Label Studio's editor (HumanSignal/label-studio, web/libs/editor/src): a region's `origin`
 * is one of "prediction", "prediction-changed" and "manual", the default (mixins/Regions.js);
 * a prediction's results are loaded with origin "prediction" (stores/AppStore.js,
 * initializeStore), kept by an annotation made from it, and turned to "prediction-changed" by
 * an edit of the region (Regions.js, updateOriginOnEdit, on drawing it again or changing a
 * per-region control); every result of a region is written with the region's origin beside
 * its id, from_name, to_name and type (regions/Result.js, serialize).
 * @example regionOrigin({ …span, provenance: { annotator: 'gpt-x', spanId: 'p1' } }, undefined) === 'prediction'
 */
export function regionOrigin(span: FormatSpan, kept: unknown): RegionOrigin | undefined {
  if (span.provenance === undefined && kept !== 'prediction') return undefined;
  const edited =
    span.createdAt !== undefined &&
    span.updatedAt !== undefined &&
    span.updatedAt !== span.createdAt;
  return edited ? 'prediction-changed' : 'prediction';
}
