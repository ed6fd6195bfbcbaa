import { DECISION_ATTRIBUTE } from '../contract';
import type { Layer, Span } from '../model';

/** Whether a span of a machine layer is a suggestion the annotator rejected. */
export function isRejectedSuggestion(span: Span): boolean {
  return span.attributes?.[DECISION_ATTRIBUTE] === 'rejected';
}

/**
 * A layer without its rejected suggestions: what a machine annotator proposes and stands by.
 * A rejected suggestion stays in the machine layer (so it is not proposed again) but is not
 * one of the model's spans for agreement or an export, unless asked for.
 * @example withoutRejected(modelLayer).spans.length // the spans not rejected
 */
export function withoutRejected(layer: Layer): { layer: Layer; rejected: number } {
  const all = layer.spans;
  let rejected = 0;
  // Counted first, indexed and without a call per span (the first export in a process runs
  // this unoptimized over every span): most layers have none, and then no copy is made.
  for (let i = 0; i < all.length; i++)
    if (all[i]?.attributes?.[DECISION_ATTRIBUTE] === 'rejected') rejected++;
  if (rejected === 0) return { layer, rejected };
  return { layer: { ...layer, spans: all.filter((s) => !isRejectedSuggestion(s)) }, rejected };
}
