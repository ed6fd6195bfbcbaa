import { memo, useRef, useState } from 'react';
import { titleFromText } from '../../../../../shared/text';
import { useModel, useStoreValue, openedDocument } from '../../../model';
import { useFocusBack } from '../../../ui/useFocusBack';
import { selectOnFocus } from '../../../ui/selectOnFocus';
import { focusOnMount } from '../../../ui/focusOnMount';
import { isWindowKey } from '../../../ui/isWindowKey';

/** The open document's title (given, else read from its text) with its file name; Edit renames it. */
function DocumentTitleField() {
  const model = useModel();
  const document = useStoreValue(model.document, openedDocument);
  // The listed title only: the list changes at every edit (span counts), the title seldom.
  const listed = useStoreValue(
    model.documents,
    (list) => list.find((d) => d.id === document?.id)?.title,
  );
  const [editing, setEditing] = useState<string | null>(null);
  const editButton = useFocusBack(editing !== null);
  // Set once Enter, Esc or leaving the field ends the editing: the field, taken away, still
  // reports its blur (after Esc, with the text typed), which must not save it.
  const ended = useRef(false);
  if (!document) return null;
  const title = listed || titleFromText(document.text) || document.name;
  const finish = (value: string | null): void => {
    if (ended.current) return;
    ended.current = true;
    setEditing(null);
    if (value !== null && value.trim() !== title) void model.document.setTitle(value);
  };
  if (editing !== null)
    return (
      <input
        ref={focusOnMount}
        className="lp-input lp-doc-title__field"
        aria-label="Document title"
        value={editing}
        onFocus={selectOnFocus}
        onChange={(event) => setEditing(event.target.value)}
        onBlur={() => finish(editing)}
        onKeyDown={(event) => {
          if (isWindowKey(event)) return;
          event.stopPropagation();
          if (event.key !== 'Enter' && event.key !== 'Escape') return;
          // The key is the field's: not also a press of the Edit button that takes the keyboard back.
          event.preventDefault();
          finish(event.key === 'Enter' ? editing : null);
        }}
      />
    );
  return (
    <div className="lp-doc-heading">
      <h1 className="lp-doc-title" title={title}>
        {title}
      </h1>
      {title !== document.name && (
        <span className="lp-doc-file lp-muted" title="File name">
          {document.name}
        </span>
      )}
      <button
        ref={editButton}
        type="button"
        className="lp-button lp-button--small"
        aria-label="Edit the title"
        onClick={() => {
          ended.current = false;
          setEditing(title);
        }}
      >
        Edit
      </button>
    </div>
  );
}

/** Memoized: the toolbar around it renders at every edit that changes a count, the title seldom. */
export const DocumentTitle = memo(DocumentTitleField);
