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
  const spans = layer.spans.filter((s) => !isRejectedSuggestion(s));
  const rejected = layer.spans.length - spans.length;
  return { layer: rejected === 0 ? layer : { ...layer, spans }, rejected };
}
