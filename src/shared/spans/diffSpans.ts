import type { Span } from '../model';

/** Spans that left and spans that arrived between two lists, by identity (an edited span is both). */
export interface SpanDiff {
  readonly removed: readonly Span[];
  readonly added: readonly Span[];
}

/**
 * Compares two span lists by object identity. Lists that share a prefix and a suffix (an
 * append, a removal, a replacement) cost one pass of pointer comparisons; only the middle
 * is hashed. @example diffSpans([a, b], [a, c]) → { removed: [b], added: [c] }
 */
export function diffSpans(before: readonly Span[], after: readonly Span[]): SpanDiff {
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const left = before.slice(head, before.length - tail);
  const right = after.slice(head, after.length - tail);
  if (left.length === 0 || right.length === 0) return { removed: left, added: right };
  const kept = new Set(left);
  const added = right.filter((span) => !kept.delete(span));
  return { removed: [...kept], added };
}
