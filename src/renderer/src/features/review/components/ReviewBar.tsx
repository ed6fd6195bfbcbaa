import { useCommandKey, useCommandRegistry } from '../../../commands';
import { useModel, useStore, visitHistory } from '../../../model';
import { countOf } from '../../../ui/countOf';
import { useKeyboardKeptInBar } from '../focusChosen';
import { UndoRedoButtons } from './UndoRedoButtons';

/** The review's top bar: back, the document and annotators, progress, accept all agreed, undo and redo. */
export function ReviewBar() {
  const { review: store } = useModel();
  const registry = useCommandRegistry();
  const state = useStore(store);
  const { review, rejected, annotators } = state;
  const keys = {
    back: useCommandKey('backToAgreement'),
    all: useCommandKey('acceptAllAgreed'),
  };
  const hint = (text: string, key: string | null): string => (key ? `${text} (${key})` : text);
  const items = review?.items ?? [];
  const openAgreed = items.filter((i) => i.class === 'agreed' && i.gold === 'open').length;
  const history = visitHistory(state, review?.history);
  useKeyboardKeptInBar([openAgreed === 0, !history.canUndo, !history.canRedo]);
  if (!review || !annotators) return null;
  const open = items.filter((i) => i.gold === 'open' && !rejected.has(i.id)).length;
  return (
    <div className="lp-review-bar" data-region="view-bar">
      <button
        type="button"
        className="lp-button"
        onClick={() => registry.run('backToAgreement')}
        title={hint('Back to agreement', keys.back)}
      >
        ← Agreement
      </button>
      <h2 className="lp-review-title">{review.document.name}</h2>
      <span className="lp-muted">
        A <b>{annotators[0]}</b> · B <b>{annotators[1]}</b>
      </span>
      <span className="lp-review-progress" data-testid="review-progress">
        {open} open of {items.length}
        {rejected.size > 0 && ` · ${rejected.size} rejected`} · gold{' '}
        {countOf(review.gold.spanCount, 'span')}, {countOf(review.gold.stanceCount, 'stance')}
      </span>
      <button
        type="button"
        className="lp-button lp-button--primary"
        disabled={openAgreed === 0}
        onClick={() => store.run(store.acceptAllAgreed())}
        title={hint('Accept every agreed item', keys.all)}
      >
        Accept all agreed ({openAgreed})
      </button>
      <UndoRedoButtons history={history} store={store} />
    </div>
  );
}
