import { useEffect, useMemo } from 'react';
import type { Fragment } from '../../../../../shared/spans';
import type { ReviewItem } from '../../../../../shared/review';
import { useModel, useStore } from '../../../model';
import { focusChosen } from '../focusChosen';
import { itemHighlights, itemIdOf } from '../itemHighlights';
import { REVIEW_STYLES } from '../reviewLook';
import { DecisionLayout } from './DecisionLayout';
import { ReviewBar } from './ReviewBar';
import { ReviewItemCard } from './ReviewItemCard';
import { ReviewLegend } from './ReviewLegend';
import '../review.css';

function highlightIdOf(item: ReviewItem | undefined): string | null {
  if (!item || item.kind !== 'span') return null;
  return `${item.id}#${item.a ? 'a' : item.b ? 'b' : 'gold'}`;
}

/** One document in review: A's and B's items merged in the text and in a list, decided into gold by key or button. */
export function ReviewView() {
  const { review: store } = useModel();
  const { review, rejected, selectedId, annotators } = useStore(store);
  const items = useMemo(() => review?.items ?? [], [review]);
  const points = useMemo(() => [...(review?.document.text ?? '')], [review?.document.text]);
  const highlights = useMemo(() => itemHighlights(items, rejected), [items, rejected]);
  const selected = items.find((i) => i.id === selectedId);

  useEffect(() => {
    if (!selectedId) return;
    const card = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(selectedId)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
    focusChosen(card);
    document
      .querySelector(`.lp-review-text [data-span-id^="${CSS.escape(selectedId)}#"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [selectedId]);

  if (!review || !annotators)
    return <section className="lp-review lp-empty">Loading the review…</section>;
  const pending: Fragment | null =
    selected?.kind === 'stance' && selected.end > selected.start
      ? { start: selected.start, end: selected.end }
      : null;
  return (
    <DecisionLayout
      label="Review"
      head={
        <>
          <ReviewBar />
          <ReviewLegend items={items} />
        </>
      }
      text={review.document.text}
      highlights={highlights}
      styles={REVIEW_STYLES}
      selectedId={highlightIdOf(selected)}
      pending={pending}
      onSpanClick={(id) => store.select(itemIdOf(id))}
      listLabel="Items"
      empty={items.length === 0 ? 'Neither annotator has annotated this document.' : null}
    >
      {items.map((item) => (
        <ReviewItemCard
          key={item.id}
          item={item}
          annotators={annotators}
          points={points}
          selected={item.id === selectedId}
          rejected={rejected.has(item.id)}
          onSelect={() => store.select(item.id)}
          onDecide={(decision) => store.run(store.decide(decision, item.id))}
        />
      ))}
    </DecisionLayout>
  );
}
