import '../relate.css';
import { useEffect, useRef, useState } from 'react';
import type { Span } from '../../../../../shared/model';
import { useCommandKey } from '../../../commands';
import { spanText, useModel, useStore } from '../../../model';
import { RelationTypeList } from './RelationTypeList';

/** A span as a relation end: its text and label. */
function SpanRef({ span, text }: { readonly span: Span; readonly text: string }) {
  return (
    <span dir="auto">
      “{text}” <span className="lp-muted">{span.label}</span>
    </span>
  );
}

/**
 * Making a relation: from the span where it started to the selected one (Tab / Shift+Tab in the
 * text, or the list), then a type of the schema (arrow keys, Enter saves) or a new one. Esc cancels.
 */
export function RelatePanel({ from }: { readonly from: Span }) {
  const model = useModel();
  const { document, spans } = useStore(model.document);
  const { project } = useStore(model.project);
  const { selectedId, chooseType } = useStore(model.selection);
  const [newType, setNewType] = useState('');
  const chooseKey = useCommandKey('chooseRelationType');
  const input = useRef<HTMLInputElement>(null);
  const noTypes = (project?.schema.relationTypes.length ?? 0) === 0;
  useEffect(() => {
    if (chooseType > 0 && noTypes) input.current?.focus();
  }, [chooseType, noTypes]);
  if (!document || !project) return null;
  const textOf = (span: Span): string => spanText(document.text, span);
  const to = spans.find((s) => s.id === selectedId && s.id !== from.id) ?? null;
  const others = [...spans]
    .filter((s) => s.id !== from.id)
    .sort((a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0));
  const types = project.schema.relationTypes;
  return (
    <aside data-region="details" className="lp-inspector" aria-label="New relation">
      <h2 className="lp-panel-title">New relation</h2>
      <p className="lp-small" data-testid="relate-from">
        From <SpanRef span={from} text={textOf(from)} />
      </p>
      <label className="lp-field">
        <span>To</span>
        <select
          className="lp-input"
          aria-label="Related span"
          value={to?.id ?? ''}
          onChange={(event) => model.selection.select(event.target.value || null)}
        >
          <option value="">— choose a span —</option>
          {others.map((span) => (
            <option key={span.id} value={span.id}>
              {textOf(span).slice(0, 60)} · {span.label}
            </option>
          ))}
        </select>
      </label>
      <p className="lp-muted lp-small" role="status" data-testid="relate-status">
        {to ? (
          <>
            To <SpanRef span={to} text={textOf(to)} />. Press <kbd>{chooseKey}</kbd> to choose the
            type.
          </>
        ) : (
          <>
            Move to the other span with <kbd>Tab</kbd> or <kbd>Shift+Tab</kbd> in the text.
          </>
        )}
      </p>
      <div className="lp-field">
        <span>Type</span>
        <RelationTypeList
          types={types}
          focusRequest={chooseType}
          disabled={!to}
          onChoose={model.structure.relate}
        />
        {noTypes && (
          <span className="lp-muted lp-small">The schema has no relation types yet: name one.</span>
        )}
      </div>
      <form
        className="lp-row"
        onSubmit={(event) => {
          event.preventDefault();
          model.structure.relate(newType);
        }}
      >
        <input
          ref={input}
          className="lp-input"
          aria-label="New relation type"
          placeholder="New type"
          value={newType}
          onChange={(event) => setNewType(event.target.value)}
        />
        <button type="submit" className="lp-button" disabled={!to || !newType.trim()}>
          Add
        </button>
      </form>
      <div className="lp-row">
        <button type="button" className="lp-button" onClick={() => model.annotation.clear()}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </aside>
  );
}
