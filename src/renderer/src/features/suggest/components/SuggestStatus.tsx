import { memo } from 'react';
import { useCommandKey } from '../../../commands';
import { suggesterOf, useModel, useStore } from '../../../model';
import { countOf } from '../../../ui/countOf';
import '../suggest.css';

/** The toolbar's pre-annotation part: the Suggest button, a running learner's progress and cancel, the ghost under the cursor. */
function SuggestControls() {
  const model = useModel();
  const { list, running } = useStore(model.modelSuggestions);
  const current = model.modelSuggestions.underCursor;
  const by = current ? suggesterOf(current) : 'the model';
  const suggestKey = useCommandKey('runSuggest');
  const acceptKey = useCommandKey('acceptModelSuggestion');
  const rejectKey = useCommandKey('rejectModelSuggestion');
  const allKey = useCommandKey('acceptModelLabel');
  const nextKey = useCommandKey('nextModelSuggestion');
  const share = running && running.total > 0 ? running.done / running.total : 0;
  // One button, Suggest then Cancel while the learner runs: the same element in the page, so
  // the keyboard that pressed Suggest stays on it (two buttons swapped would drop it on the page).
  return (
    <span className="lp-suggest">
      {running ? (
        <span className="lp-suggest" role="status" aria-label="Suggesting">
          <span className="lp-muted">
            Suggesting: {running.phase}{' '}
            {running.total > 0 ? `${running.done}/${running.total}` : ''}
          </span>
          <span className="lp-suggest__bar" aria-hidden="true">
            <span className="lp-suggest__fill" style={{ width: `${Math.round(share * 100)}%` }} />
          </span>
        </span>
      ) : current ? (
        <span className="lp-muted lp-suggest__current" data-testid="model-suggestion-current">
          {current.label} {current.confidence === null ? '' : current.confidence.toFixed(2)} ·{' '}
          {by === 'the model' ? '' : `${by} · `}
          {acceptKey} accept · {rejectKey} reject · {allKey} all {current.label}
        </span>
      ) : (
        list.length > 0 && (
          <span
            className="lp-muted"
            title={`Suggestions of the model: ${nextKey ?? ''} goes to the next`}
          >
            {countOf(list.length, 'model suggestion')}
          </span>
        )
      )}
      <button
        type="button"
        className="lp-button"
        title={
          running
            ? undefined
            : `Learn from your annotations and suggest spans in the documents you have not annotated${suggestKey ? ` (${suggestKey})` : ''}`
        }
        onClick={() =>
          running ? model.modelSuggestions.cancel() : void model.modelSuggestions.suggest()
        }
      >
        {running ? 'Cancel' : 'Suggest'}
      </button>
    </span>
  );
}

/** Memoized: the toolbar around it renders at every edit that changes a count; it reads its own store. */
export const SuggestStatus = memo(SuggestControls);
