import { memo, useRef } from 'react';
import { choosesOnClosedList } from '../../../ui/choosesOnClosedList';
import { getOwn } from '../../../../../shared/collections';
import type { Span } from '../../../../../shared/model';
import { spanText, useModel, useStore, useStoreAfterEdit } from '../../../model';
import { StanceList } from '../../stances';
import { HiddenAside } from './HiddenAside';
import { KeyHints } from './KeyHints';
import { StructureList } from './StructureList';
import { SourceFactsList } from './SourceFactsList';
import { documentFacts } from '../../../../../shared/formats/sourceFacts';

/**
 * What the right column shows with no span selected: document-level labels and the document's
 * stances. It follows the layer once an edit is painted and saved, so an edit's own frames do
 * not render it (memo: the column around it renders at every edit, and with it, its lists would).
 * Hidden behind another panel it stays mounted and follows the layer all the same, so showing it
 * again only unhides it (see WorkspaceAside).
 */
export const DocumentPanel = memo(function DocumentPanel() {
  const model = useModel();
  // The last key on a list chose on it closed (its arrows, Home, End, a letter): a run of them.
  const keyed = useRef(false);
  const { document, spans, stances, relations, events, equivalences, documentLabels, metadata } =
    useStoreAfterEdit(model.document);
  const { project } = useStore(model.project);
  const { entities } = useStore(model.entities);
  if (!document || !project) return null;
  const { schema } = project;
  const textOf = (span: Span): string => spanText(document.text, span);
  return (
    <HiddenAside>
      <h2 className="lp-panel-title">Document labels</h2>
      {schema.documentLabels.map((definition) => (
        <label key={definition.name} className="lp-field">
          <span>{definition.name}</span>
          <select
            className="lp-input"
            aria-label={definition.name}
            value={getOwn(documentLabels, definition.name) ?? ''}
            onFocus={model.labelRuns.end}
            onBlur={model.labelRuns.end}
            onKeyDown={(event) => (keyed.current = choosesOnClosedList(event))}
            onChange={(event) => {
              const { name } = definition;
              const run = model.labelRuns.continues(name, keyed.current);
              keyed.current = false;
              void model.document.setDocumentLabel(name, event.target.value || null, run);
            }}
          >
            {/* Said by a screen reader: a dash alone is read as nothing, or as punctuation. */}
            <option value="">(not set)</option>
            {definition.values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      ))}
      <h2 className="lp-panel-title">
        Stances <span className="lp-muted">{stances.length}</span>
      </h2>
      <StanceList
        stances={stances}
        spans={spans}
        entities={entities}
        schema={schema}
        spanText={textOf}
        onPolarity={model.structure.setPolarity}
        onDelete={model.structure.deleteStance}
        onCarry={(stance) => model.carry.open(document.id, stance)}
        onSelectEvidence={model.selection.select}
      />
      <StructureList
        relations={relations}
        events={events}
        equivalences={equivalences}
        spans={spans}
        spanText={textOf}
        onSelectSpan={model.selection.select}
        onDeleteRelation={model.structure.deleteRelation}
      />
      <SourceFactsList title="From the source file" groups={documentFacts(metadata)} />
      <KeyHints />
    </HiddenAside>
  );
});
