import type { FormatDocument } from './formatDocument';
import type { AdjustedSpan } from './tally';

/**
 * Names span `index` of `doc` (its id, else `#index`) moved from `fragment` to `to`, or
 * left out (`to` null).
 * @example adjusted(doc, 2, { start: 16, end: 18 }, [16, 17]) → { document: 'a', span: 'T3', from: [16, 18], to: [16, 17] }
 */
export function adjusted(
  doc: FormatDocument,
  index: number,
  fragment: { readonly start: number; readonly end: number },
  to: readonly [number, number] | null,
): AdjustedSpan {
  return {
    document: doc.name,
    span: doc.spans[index]?.id ?? `#${index}`,
    from: [fragment.start, fragment.end],
    to,
  };
}
