import { useModel, useStore } from '../../../model';
import { countOf } from '../../../ui/countOf';
import { DocumentTitle } from './DocumentTitle';
import { SuggestStatus } from '../../suggest';

/** The open document's title, its counts, and its done status. */
export function WorkspaceToolbar() {
  const model = useModel();
  const { document, spans, stances, status } = useStore(model.document);
  const { list } = useStore(model.suggestions);
  if (!document) return null;
  return (
    <div className="lp-toolbar">
      <DocumentTitle />
      <span className="lp-muted">
        {countOf(spans.length, 'span')} · {countOf(stances.length, 'stance')}
      </span>
      {list.length > 0 && (
        <span
          className="lp-muted"
          title="Known names not yet annotated: N goes to one (or click it), Enter accepts, Backspace dismisses"
        >
          {countOf(list.length, 'suggestion')}
        </span>
      )}
      <SuggestStatus />
      <button
        type="button"
        className={`lp-button${status === 'done' ? ' is-on' : ''}`}
        aria-pressed={status === 'done'}
        onClick={() => void model.document.toggleDone()}
      >
        {status === 'done' ? '✓ Done' : 'Mark done'}
      </button>
    </div>
  );
}
