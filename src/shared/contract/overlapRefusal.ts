import type { SpanOverlapError } from '../formats/common/spanOverlapError';
import type { JsonObject } from './jsonValue';
import { WorkbenchError } from './workbenchError';

/** One span of a refused overlap, as a reader finds it in the text. */
export interface OverlapRefusalSide {
  readonly label: string;
  readonly text: string;
}

/**
 * An export refused for overlapping spans, as the `overlaps` field of its error's details: the
 * document in a reader's words (never its id), the first pairs, and how many pairs there are.
 */
export interface OverlapRefusal {
  readonly document: string;
  readonly total: number;
  readonly pairs: readonly (readonly [OverlapRefusalSide, OverlapRefusalSide])[];
}

/**
 * The details a refused export carries across transports, so a window can name the spans in
 * its own terms.
 * @example new WorkbenchError('invalid_request', error.message, overlapDetails(error))
 */
export function overlapDetails(error: SpanOverlapError): JsonObject {
  return {
    overlaps: {
      document: error.words ?? '',
      total: error.total,
      pairs: error.pairs.map((pair) => pair.map((s) => ({ label: s.label, text: s.text }))),
    },
  };
}

/**
 * The overlap refusal an error carries, or null when it carries none (or not in this shape).
 * @example overlapRefusalOf(error)?.pairs[0]?.[0].label === 'GPE'
 */
export function overlapRefusalOf(error: unknown): OverlapRefusal | null {
  if (!(error instanceof WorkbenchError)) return null;
  const found = error.details?.['overlaps'];
  if (!isObject(found) || typeof found['document'] !== 'string') return null;
  const { total, pairs } = found;
  if (typeof total !== 'number' || !Array.isArray(pairs)) return null;
  const read = pairs.map((pair) => (Array.isArray(pair) ? pair.map(sideOf) : []));
  const whole = read.filter(
    (p): p is [OverlapRefusalSide, OverlapRefusalSide] =>
      p.length === 2 && p[0] !== null && p[1] !== null,
  );
  if (whole.length !== pairs.length || whole.length === 0) return null;
  return { document: found['document'], total, pairs: whole };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sideOf(value: unknown): OverlapRefusalSide | null {
  if (!isObject(value)) return null;
  const { label, text } = value;
  return typeof label === 'string' && typeof text === 'string' ? { label, text } : null;
}
