import type { Span } from '../../shared/model';
import { itemAt } from '../../shared/collections';

/** Spans in reading order (start, then longer first, then label, then id): the stable order of layer files. */
export function sortSpans(spans: readonly Span[]): Span[] {
  return [...spans].sort((a, b) => {
    const fa = itemAt(a.fragments, 0);
    const fb = itemAt(b.fragments, 0);
    return fa.start - fb.start || fb.end - fa.end || cmp(a.label, b.label) || cmp(a.id, b.id);
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
