import { reviewClassSchema, type ReviewClass, type ReviewItem } from '../../../../../shared/review';
import { colorVariable } from '../../../ui/colorVariable';
import { REVIEW_LOOK } from '../reviewLook';
import { DecisionKeyList } from './DecisionKeyList';

const CLASSES: readonly ReviewClass[] = reviewClassSchema.options;

/** The item classes with their colours and counts, and the review's keys from the command registry. */
export function ReviewLegend({ items }: { readonly items: readonly ReviewItem[] }) {
  const counts = new Map<ReviewClass, number>();
  for (const item of items) counts.set(item.class, (counts.get(item.class) ?? 0) + 1);
  return (
    <div className="lp-review-legend" aria-label="Legend">
      {[...CLASSES, 'decided' as const].map((name) => (
        <span key={name} className="lp-review-key" style={colorVariable(REVIEW_LOOK[name].color)}>
          <span className="lp-review-swatch" />
          {REVIEW_LOOK[name].name}
          {name !== 'decided' && <span className="lp-muted"> {counts.get(name) ?? 0}</span>}
        </span>
      ))}
      <DecisionKeyList context="review" />
    </div>
  );
}
