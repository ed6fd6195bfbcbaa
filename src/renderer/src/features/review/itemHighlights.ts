import type { Span } from '../../../../shared/model';
import type { ReviewItem } from '../../../../shared/review';

const T = '1970-01-01T00:00:00.000Z';

function highlight(id: string, label: string, fragments: Span['fragments']): Span {
  return { id, label, fragments, author: 'review', createdAt: T, updatedAt: T };
}

/**
 * The span items of a review as spans the reading view can draw: one per version, labelled
 * by class (or `decided` once gold holds a version or it was rejected); ids are `<item id>#a`, `#b` or `#gold`.
 * @example itemHighlights([agreedItem], new Set()) → [{ id: 'span:s1:t1#a', label: 'agreed', … }]
 */
export function itemHighlights(
  items: readonly ReviewItem[],
  rejected: ReadonlySet<string>,
): Span[] {
  const spans: Span[] = [];
  for (const item of items) {
    if (item.kind !== 'span') continue;
    const label = item.gold === 'open' && !rejected.has(item.id) ? item.class : 'decided';
    if (item.goldSpan) spans.push(highlight(`${item.id}#gold`, label, item.goldSpan.fragments));
    if (item.a) spans.push(highlight(`${item.id}#a`, label, item.a.fragments));
    if (item.b && item.class !== 'agreed')
      spans.push(highlight(`${item.id}#b`, label, item.b.fragments));
  }
  return spans;
}

/** The review item a highlight id belongs to. */
export function itemIdOf(highlightId: string): string {
  return highlightId.slice(0, highlightId.lastIndexOf('#'));
}
