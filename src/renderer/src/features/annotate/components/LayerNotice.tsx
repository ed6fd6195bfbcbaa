import type { ReactNode } from 'react';
import type { DocumentState } from '../../../model';
import { useModel, useStoreValue } from '../../../model';
import '../notice.css';

/** A project path that may wrap after each `/`, not inside a name. */
function pathWithBreaks(path: string): ReactNode[] {
  return path.split('/').flatMap((part, i) => (i === 0 ? [part] : ['/', <wbr key={i} />, part]));
}

function noticeOf(state: DocumentState): DocumentState['notice'] {
  return state.notice;
}

/**
 * Above the text, why the open document's edits cannot be saved though the project is writable
 * (Loupe leaves its read-only journal as it is), what to do, and a way to look again once done.
 */
export function LayerNotice() {
  const model = useModel();
  const notice = useStoreValue(model.document, noticeOf);
  if (!notice) return null;
  return (
    <div className="lp-caution lp-notice" role="alert" data-testid="layer-notice">
      <p>
        Edits of this document are not saved: <code>{pathWithBreaks(notice.file)}</code>{' '}
        {notice.reason}.
      </p>
      <button
        type="button"
        className="lp-button lp-button--small"
        onClick={() => model.document.reopen().catch(model.notifications.report)}
      >
        Check again
      </button>
    </div>
  );
}
