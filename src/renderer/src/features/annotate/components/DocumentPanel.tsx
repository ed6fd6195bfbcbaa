import type { Entity, LabelSchema, Span, Stance } from '../../../../../shared/model';
import { StanceList } from '../../stances';

export interface DocumentPanelProps {
  readonly schema: LabelSchema;
  readonly documentLabels: Readonly<Record<string, string>>;
  readonly stances: readonly Stance[];
  readonly spans: readonly Span[];
  readonly entities: readonly Entity[];
  readonly spanText: (span: Span) => string;
  onDocumentLabel(name: string, value: string | null): void;
  onPolarity(stanceId: string, polarity: string): void;
  onDeleteStance(stanceId: string): void;
  onCarry(stance: Stance): void;
  onSelectSpan(spanId: string): void;
}

/** What the right column shows with no span selected: document-level labels and the document's stances. */
export function DocumentPanel(props: DocumentPanelProps) {
  return (
    <aside className="lp-inspector" aria-label="Document">
      <h2 className="lp-panel-title">Document labels</h2>
      {props.schema.documentLabels.map((definition) => (
        <label key={definition.name} className="lp-field">
          <span>{definition.name}</span>
          <select
            className="lp-input"
            aria-label={definition.name}
            value={props.documentLabels[definition.name] ?? ''}
            onChange={(event) => props.onDocumentLabel(definition.name, event.target.value || null)}
          >
            <option value="">—</option>
            {definition.values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      ))}
      <h2 className="lp-panel-title">
        Stances <span className="lp-muted">{props.stances.length}</span>
      </h2>
      <StanceList
        stances={props.stances}
        spans={props.spans}
        entities={props.entities}
        schema={props.schema}
        spanText={props.spanText}
        onPolarity={props.onPolarity}
        onDelete={props.onDeleteStance}
        onCarry={props.onCarry}
        onSelectEvidence={props.onSelectSpan}
      />
      <p className="lp-muted lp-pad lp-small">
        Keys: select text then <kbd>1</kbd>–<kbd>9</kbd> label · <kbd>Tab</kbd> next span ·{' '}
        <kbd>E</kbd> link entity · <kbd>S</kbd> stance · <kbd>P</kbd> label all occurrences ·{' '}
        <kbd>Del</kbd> delete · <kbd>D</kbd> done and next · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
      </p>
    </aside>
  );
}
