import type { ReviewItem } from './reviewItem';
import { rejectedKeys } from './rejectionKeys';
import { reviewSpans } from './reviewSpans';
import { reviewStances, type DescribeRef, type ReviewLayer } from './reviewStances';

/**
 * Every item to adjudicate in one document, spans then stances at each position, in text
 * order: A's and B's layers merged and classified, with what gold holds of each
 * (or records as rejected).
 * @example buildReview(amira, omar, gold, describe).filter((i) => i.class === 'agreed').length
 */
export function buildReview(
  a: ReviewLayer,
  b: ReviewLayer,
  gold: ReviewLayer,
  describe: DescribeRef,
): ReviewItem[] {
  const items: ReviewItem[] = [
    ...reviewSpans(a.spans, b.spans, gold.spans, rejectedKeys(gold.rejected).spans),
    ...reviewStances(a, b, gold, describe),
  ];
  return items.sort(
    (x, y) =>
      x.start - y.start ||
      y.end - x.end ||
      (x.kind === y.kind ? 0 : x.kind === 'span' ? -1 : 1) ||
      x.id.localeCompare(y.id),
  );
}
