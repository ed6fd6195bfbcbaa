import type { AdjustedSpan } from './tally';

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
