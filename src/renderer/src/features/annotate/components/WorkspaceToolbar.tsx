import { openedDocument, useModel, useStoreValue } from '../../../model';
import { countOf } from '../../../ui/countOf';
import { DocumentTitle } from './DocumentTitle';
import { LayerNotice } from './LayerNotice';
import { SuggestStatus } from '../../suggest';

/** The open document's title, its counts, and its done status; above them, why its edits cannot be saved, if so. */
export function WorkspaceToolbar() {
  const model = useModel();
  // Counts and status only: an edit that changes neither (a relabel, a saved span taking the drawn one's place) does not render the toolbar.
  const document = useStoreValue(model.document, openedDocument);
  const spanCount = useStoreValue(model.document, (s) => s.spans.length);
  const stanceCount = useStoreValue(model.document, (s) => s.stances.length);
  const status = useStoreValue(model.document, (s) => s.status);
  const suggestions = useStoreValue(model.suggestions, (s) => s.list.length);
  if (!document) return null;
  return (
    <div className="lp-toolbar">
      <LayerNotice />
      <DocumentTitle />
      <span className="lp-muted">
        {countOf(spanCount, 'span')} · {countOf(stanceCount, 'stance')}
      </span>
      {suggestions > 0 && (
        <span
          className="lp-muted"
          title="Known names not yet annotated: N goes to one (or click it), Enter accepts, Backspace dismisses"
        >
          {countOf(suggestions, 'suggestion')}
        </span>
      )}
      <SuggestStatus />
      <button
        type="button"
        className={`lp-button${status === 'done' ? ' is-on' : ''}`}
        aria-pressed={status === 'done'}
        onClick={() => void model.moves.toggleDone()}
      >
        {status === 'done' ? '✓ Done' : 'Mark done'}
      </button>
    </div>
  );
}
