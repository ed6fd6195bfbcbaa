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

/**
 * One line per span named, then `and N more` when the summary counted more than it named.
 * @example adjustedLines({ adjusted: [{ document: 'a', span: 'T1', from: [8, 17], to: [10, 16] }], adjustedTotal: 3 })
 *   → ['a: span T1 [8,17) moved to [10,16) (an edge was on whitespace)', 'and 2 more']
 */
export function adjustedLines(summary: {
  readonly adjusted?: readonly AdjustedSpan[];
  readonly adjustedTotal?: number;
}): string[] {
  const named = summary.adjusted ?? [];
  const lines = named.map(
    (a) =>
      `${a.document}: span ${a.span} [${a.from[0]},${a.from[1]}) ` +
      (a.to
        ? `moved to [${a.to[0]},${a.to[1]}) (an edge was on whitespace)`
        : 'left out (whitespace only)'),
  );
  const more = (summary.adjustedTotal ?? named.length) - named.length;
  if (more > 0) lines.push(`and ${more} more`);
  return lines;
}
