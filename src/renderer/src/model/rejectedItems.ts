import type { ReviewDecision, ReviewItem } from '../../../shared/review';

/** One step a review took: a decision on an item, or accepting every agreed item ('*'). */
export interface ReviewStep {
  readonly itemId: string;
  readonly decision: ReviewDecision;
}

/** Items whose last decision in `steps` was a rejection and whose gold is still open. */
export function rejectedItems(
  steps: readonly ReviewStep[],
  items: readonly ReviewItem[],
): ReadonlySet<string> {
  const last = new Map(steps.map((step) => [step.itemId, step.decision]));
  const open = new Set(items.filter((i) => i.gold === 'open').map((i) => i.id));
  return new Set(
    [...last].filter(([id, decision]) => decision === 'reject' && open.has(id)).map(([id]) => id),
  );
}
