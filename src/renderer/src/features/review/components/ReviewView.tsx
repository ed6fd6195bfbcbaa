import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  reviewClassSchema,
  type ReviewClass,
  type ReviewDecision,
  type ReviewItem,
} from '../../../../../shared/review';
import type { Fragment } from '../../../../../shared/spans';
import { ReadingView } from '../../../editor';
import { useReview } from '../hooks/useReview';
import { useReviewKeys } from '../hooks/useReviewKeys';
import { itemHighlights, itemIdOf } from '../itemHighlights';
import { REVIEW_LOOK, REVIEW_STYLES } from '../reviewLook';
import { ReviewItemCard } from './ReviewItemCard';
import '../review.css';

export interface ReviewViewProps {
  readonly documentId: string;
  readonly annotators: readonly [string, string];
  onBack(): void;
  onError(error: unknown): void;
}

const NO_GHOSTS: readonly (Fragment & { readonly selected: boolean })[] = [];
const CLASSES: readonly ReviewClass[] = reviewClassSchema.options;

function highlightIdOf(item: ReviewItem | undefined): string | null {
  if (!item || item.kind !== 'span') return null;
  return `${item.id}#${item.a ? 'a' : item.b ? 'b' : 'gold'}`;
}

/** The next undecided item after `from` (wrapping), else the item at `from`. */
function nextOpen(
  items: readonly ReviewItem[],
  from: number,
  rejected: ReadonlySet<string>,
): ReviewItem | undefined {
  for (let i = 1; i <= items.length; i++) {
    const item = items[(from + i) % items.length];
    if (item?.gold === 'open' && !rejected.has(item.id)) return item;
  }
  return items[from];
}

/** One document in review: A's and B's items merged in the text and in a list, decided into gold by key or button. */
export function ReviewView({ documentId, annotators, onBack, onError }: ReviewViewProps) {
  const session = useReview(documentId, annotators, onError);
  const { review, rejected } = session;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const items = useMemo(() => review?.items ?? [], [review]);
  const points = useMemo(() => [...(review?.document.text ?? '')], [review?.document.text]);
  const highlights = useMemo(() => itemHighlights(items, rejected), [items, rejected]);
  const index = items.findIndex((i) => i.id === selectedId);
  const selected = items[index];

  useEffect(() => {
    if (items.length > 0 && index < 0)
      setSelectedId((items.find((i) => i.gold === 'open') ?? items[0])?.id ?? null);
  }, [items, index]);

  useEffect(() => {
    if (!selectedId) return;
    document
      .querySelector(`[data-item-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
    document
      .querySelector(`.lp-review-text [data-span-id^="${CSS.escape(selectedId)}#"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [selectedId]);

  const decide = useCallback(
    (decision: ReviewDecision, item = selected) => {
      if (!item) return;
      const at = items.indexOf(item);
      session
        .decide(item.id, decision)
        .then(() =>
          setSelectedId(
            nextOpen(items, at, decision === 'reject' ? new Set([...rejected, item.id]) : rejected)
              ?.id ?? item.id,
          ),
        )
        .catch(onError);
    },
    [selected, items, rejected, session, onError],
  );

  useReviewKeys({
    move: (step) => {
      const next = items[Math.min(items.length - 1, Math.max(0, index + step))];
      if (next) setSelectedId(next.id);
    },
    decide: (decision) => decide(decision),
    acceptAllAgreed: () => void session.acceptAllAgreed().catch(onError),
    undo: () => void session.undo().catch(onError),
    redo: () => void session.redo().catch(onError),
    back: onBack,
  });

  if (!review) return <section className="lp-review lp-empty">Loading the review…</section>;
  const counts = new Map<ReviewClass, number>();
  for (const item of items) counts.set(item.class, (counts.get(item.class) ?? 0) + 1);
  const openAgreed = items.filter((i) => i.class === 'agreed' && i.gold === 'open').length;
  const open = items.filter((i) => i.gold === 'open' && !rejected.has(i.id)).length;
  const pending: Fragment | null =
    selected?.kind === 'stance' && selected.end > selected.start
      ? { start: selected.start, end: selected.end }
      : null;
  return (
    <section className="lp-review" aria-label="Review">
      <div className="lp-review-bar">
        <button
          type="button"
          className="lp-button"
          onClick={onBack}
          title="Back to agreement (Esc)"
        >
          ← Agreement
        </button>
        <h2 className="lp-review-title">{review.document.name}</h2>
        <span className="lp-muted">
          A <b>{annotators[0]}</b> · B <b>{annotators[1]}</b>
        </span>
        <span className="lp-review-progress" data-testid="review-progress">
          {open} open of {items.length} · gold {review.gold.spanCount} span(s),{' '}
          {review.gold.stanceCount} stance(s)
        </span>
        <button
          type="button"
          className="lp-button lp-button--primary"
          disabled={openAgreed === 0}
          onClick={() => session.acceptAllAgreed().catch(onError)}
          title="Accept every agreed item (Shift+A)"
        >
          Accept all agreed ({openAgreed})
        </button>
        <button
          type="button"
          className="lp-button"
          disabled={!review.history.canUndo}
          onClick={() => session.undo().catch(onError)}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          className="lp-button"
          disabled={!review.history.canRedo}
          onClick={() => session.redo().catch(onError)}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
      </div>
      <div className="lp-review-legend" aria-label="Legend">
        {[...CLASSES, 'decided' as const].map((name) => (
          <span
            key={name}
            className="lp-review-key"
            style={{ ['--lp-color' as string]: REVIEW_LOOK[name].color }}
          >
            <span className="lp-review-swatch" />
            {REVIEW_LOOK[name].name}
            {name !== 'decided' && <span className="lp-muted"> {counts.get(name) ?? 0}</span>}
          </span>
        ))}
        <span className="lp-review-help">
          <kbd>J</kbd>/<kbd>K</kbd> move · <kbd>A</kbd> <kbd>B</kbd> <kbd>C</kbd> both ·{' '}
          <kbd>X</kbd> reject · <kbd>Shift+A</kbd> all agreed
        </span>
      </div>
      <div className="lp-review-body">
        <div className="lp-review-text">
          <div className="lp-page">
            <ReadingView
              text={review.document.text}
              spans={highlights}
              styles={REVIEW_STYLES}
              selectedId={highlightIdOf(selected)}
              pending={pending}
              ghosts={NO_GHOSTS}
              onSelect={() => undefined}
              onSpanClick={(id) => setSelectedId(itemIdOf(id))}
              onGhostClick={() => undefined}
            />
          </div>
        </div>
        <aside className="lp-review-list" aria-label="Items">
          {items.length === 0 && (
            <p className="lp-muted">Neither annotator has annotated this document.</p>
          )}
          <ol>
            {items.map((item) => (
              <ReviewItemCard
                key={item.id}
                item={item}
                annotators={annotators}
                points={points}
                selected={item.id === selectedId}
                rejected={rejected.has(item.id)}
                onSelect={() => setSelectedId(item.id)}
                onDecide={(decision) => decide(decision, item)}
              />
            ))}
          </ol>
        </aside>
      </div>
    </section>
  );
}
