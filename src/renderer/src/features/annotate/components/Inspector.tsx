import { memo, useState, type ComponentProps, type ReactNode } from 'react';
import type { Entity, Label, LabelStyles, Span } from '../../../../../shared/model';
import { useCommandKey, useCommandShortcut } from '../../../commands';
import { colorVariable } from '../../../ui/colorVariable';
import { EntityPicker } from '../../entities';
import { isWindowKey } from '../../../ui/isWindowKey';

export interface InspectorProps {
  readonly span: Span | null;
  readonly coveredText: string;
  readonly labels: readonly Label[];
  readonly styles: LabelStyles;
  /** Other spans at the clicked place, to switch to. */
  readonly alsoHere: readonly Span[];
  readonly entity: Entity | null;
  readonly linking: boolean;
  /** `left`: F6 took the keyboard elsewhere, where it stays. */
  onLinking(on: boolean, left?: boolean): void;
  onLink(entityId: string | null): void;
  onCreateEntity(name: string): void;
  onStance(): void;
  onRelate(): void;
  /** A fragment is being added to the span: the text selected next joins it. */
  readonly addingFragment: boolean;
  onAddFragment(): void;
  /** Shown at the end: the span's relations. */
  readonly children?: ReactNode;
  onPropagate(): void;
  onRelabel(label: string): void;
  onNote(note: string): void;
  onDelete(): void;
  onSelect(spanId: string): void;
}

/** One formatter for every span shown: `toLocaleString` builds a new one per call, which costs more than the rest of the inspector. */
const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatTime(iso: string): string {
  return TIME.format(new Date(iso));
}

/** A command's key as a hint beside its button (rendered again only when its key changes). */
const KeyHint = memo(function KeyHint({
  id,
}: {
  readonly id: Parameters<typeof useCommandKey>[0];
}) {
  const key = useCommandKey(id);
  return key ? <kbd aria-hidden="true">{key}</kbd> : null;
});

/**
 * A button of a command with its key beside its words: the key is its `aria-keyshortcuts`, not
 * a word of its name ("New stance S").
 */
function KeyedButton({
  command,
  children,
  className = 'lp-button',
  ...props
}: ComponentProps<'button'> & { readonly command: Parameters<typeof useCommandKey>[0] }) {
  return (
    <button
      type="button"
      className={className}
      aria-keyshortcuts={useCommandShortcut(command)}
      {...props}
    >
      {children} <KeyHint id={command} />
    </button>
  );
}

/**
 * Details of the selected span: label, text, offsets, author, note; relabel, note, delete.
 * The note field starts from the span's note (give it a key that changes with the span) and
 * follows it when it changes from elsewhere (an undo); the note it saves itself does not reset it.
 */
export function Inspector(props: InspectorProps) {
  const { span } = props;
  const [note, setNote] = useState(span?.note ?? '');
  // The span's note as the field last took it in, or the note the field saved.
  const [followed, setFollowed] = useState(span?.note ?? '');
  const spanNote = span?.note ?? '';
  if (spanNote !== followed) {
    setFollowed(spanNote); // derived from the props while rendering, as React advises
    setNote(spanNote);
  }
  if (!span) {
    return (
      <aside data-region="details" className="lp-inspector" aria-label="Inspector">
        <h2 className="lp-panel-title">Inspector</h2>
        <p className="lp-muted">
          Select text and press a label's key, or click a highlight to see it here.
        </p>
      </aside>
    );
  }
  const saveNote = (): void => {
    if (note === followed) return;
    setFollowed(note);
    props.onNote(note);
  };
  return (
    <aside
      data-region="details"
      className="lp-inspector"
      aria-label="Inspector"
      data-span-id={span.id}
    >
      <h2 className="lp-panel-title">Span</h2>
      <label className="lp-field">
        <span>Label</span>
        <select
          className="lp-input"
          aria-label="Label"
          value={span.label}
          onChange={(event) => props.onRelabel(event.target.value)}
        >
          {props.labels.map((label) => (
            <option key={label.name} value={label.name}>
              {props.styles[label.name]?.key ? `${props.styles[label.name]?.key} · ` : ''}
              {label.name}
            </option>
          ))}
        </select>
      </label>
      <div className="lp-field">
        <span>Text</span>
        <blockquote className="lp-covered" dir="auto" data-testid="covered-text">
          {props.coveredText}
        </blockquote>
      </div>
      <dl className="lp-facts">
        <dt>Offsets</dt>
        <dd data-testid="offsets">
          {span.fragments.map((f) => `[${f.start}, ${f.end})`).join(' ')}
        </dd>
        <dt>Author</dt>
        <dd data-testid="author">{span.author}</dd>
        <dt>Created</dt>
        <dd>{formatTime(span.createdAt)}</dd>
        <dt>Updated</dt>
        <dd>{formatTime(span.updatedAt)}</dd>
      </dl>
      <label className="lp-field">
        <span>Note</span>
        <textarea
          className="lp-input lp-note"
          aria-label="Note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          onBlur={saveNote}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) saveNote();
            if (event.key !== 'Escape' && !isWindowKey(event)) event.stopPropagation();
          }}
        />
      </label>
      <div className="lp-field" data-testid="entity-section">
        <span>Entity</span>
        {props.entity ? (
          <div className="lp-row">
            <strong data-testid="linked-entity">{props.entity.name}</strong>
            <span className="lp-muted">
              {props.entity.type}
              {props.entity.kbId ? ` · ${props.entity.kbId}` : ''}
            </span>
            <button
              type="button"
              className="lp-button lp-button--small"
              onClick={() => props.onLink(null)}
            >
              Unlink
            </button>
          </div>
        ) : (
          !props.linking && (
            <KeyedButton command="linkEntity" onClick={() => props.onLinking(true)}>
              Link to entity…
            </KeyedButton>
          )
        )}
        {props.linking && (
          <EntityPicker
            initialQuery={props.coveredText}
            allowCreate
            label={span.label}
            onPick={(id) => props.onLink(id)}
            onCreate={(name) => props.onCreateEntity(name)}
            onCancel={() => props.onLinking(false)}
            onLeft={() => props.onLinking(false, true)}
          />
        )}
      </div>
      {props.addingFragment && (
        <p className="lp-small" data-testid="adding-fragment">
          Adding a fragment: select the text to add (Shift and the arrow keys, or the mouse). Esc
          cancels.
        </p>
      )}
      <div className="lp-row lp-wrap">
        <KeyedButton command="newStance" onClick={props.onStance}>
          New stance
        </KeyedButton>
        <KeyedButton command="relateSpan" onClick={props.onRelate}>
          Relate…
        </KeyedButton>
        <KeyedButton
          command="addFragment"
          aria-pressed={props.addingFragment}
          onClick={props.onAddFragment}
        >
          Add fragment
        </KeyedButton>
        <KeyedButton command="labelOccurrences" onClick={props.onPropagate}>
          Label all occurrences
        </KeyedButton>
        <KeyedButton
          command="deleteSpan"
          className="lp-button lp-button--danger"
          aria-label={`Delete span ${span.label}: ${props.coveredText}`}
          onClick={props.onDelete}
        >
          Delete
        </KeyedButton>
      </div>
      {props.alsoHere.length > 0 && (
        <div className="lp-field">
          <span>Also here</span>
          <ul className="lp-alsohere">
            {props.alsoHere.map((other) => (
              <li key={other.id}>
                <button
                  type="button"
                  className="lp-chip"
                  style={colorVariable(props.styles[other.label]?.color)}
                  onClick={() => props.onSelect(other.id)}
                >
                  {other.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.children}
    </aside>
  );
}
