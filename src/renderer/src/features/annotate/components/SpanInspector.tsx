import { memo, useState } from 'react';
import type { Span } from '../../../../../shared/model';
import { isProvisional, spanText, useModel, useStore, useStoreAfterEdit } from '../../../model';
import { Inspector } from './Inspector';
import { StructureList } from './StructureList';
import { SourceFactsList } from './SourceFactsList';
import { spanFacts } from '../../../../../shared/formats/sourceFacts';

/**
 * The inspector of the selected span, wired to the document and entities. It follows the
 * layer once an edit is painted and saved (the span it shows comes the same way), so an edit's
 * own frames do not render it.
 */
export const SpanInspector = memo(function SpanInspector({ span }: { readonly span: Span }) {
  const model = useModel();
  const key = useInspectorKey(span);
  const { document, spans, relations, metadata } = useStoreAfterEdit(model.document);
  const { project } = useStore(model.project);
  const { entities } = useStore(model.entities);
  const { clickedAt, linking, fragmentFor } = useStore(model.selection);
  if (!document || !project) return null;
  const alsoHere =
    clickedAt === null
      ? []
      : spans.filter(
          (s) =>
            s.id !== span.id && s.fragments.some((f) => f.start <= clickedAt && clickedAt < f.end),
        );
  const edit = (patch: Parameters<typeof model.document.updateSpan>[1]): void =>
    void model.document.updateSpan(span.id, patch);
  return (
    <Inspector
      key={key}
      span={span}
      coveredText={spanText(document.text, span)}
      labels={project.schema.labels}
      styles={project.styles}
      alsoHere={alsoHere}
      entity={entities.find((e) => e.id === span.entityId) ?? null}
      linking={linking}
      onLinking={(on, left) => {
        model.selection.setLinking(on);
        if (!on && !left) model.view.focusReading();
      }}
      onLink={(entityId) => model.annotation.linkEntity(span.id, entityId)}
      onCreateEntity={model.annotation.createEntity}
      onStance={() => model.selection.startStance(span.id)}
      onRelate={model.annotation.startRelating}
      addingFragment={fragmentFor === span.id}
      onAddFragment={() => {
        if (fragmentFor === span.id) model.annotation.stopFragment();
        else model.annotation.startFragment();
      }}
      onPropagate={model.annotation.propagate}
      onRelabel={(label) => edit({ label })}
      onNote={(note) => edit({ note })}
      onDelete={() => {
        // The details go with the span; a span kept (a stance's evidence) keeps them, and the keyboard.
        if (model.annotation.deleteSelected()) model.view.focusReading();
      }}
      onSelect={model.selection.select}
    >
      <StructureList
        relations={relations.filter((r) => r.from === span.id || r.to === span.id)}
        events={[]}
        spans={spans}
        spanText={(s) => spanText(document.text, s)}
        onSelectSpan={model.selection.select}
        onDeleteRelation={model.structure.deleteRelation}
      />
      <SourceFactsList
        title="More about this span"
        groups={spanFacts(span, document.text, metadata)}
      />
    </Inspector>
  );
});

/**
 * The inspector's key: another span starts it afresh (its note field starts from the span's
 * note); the saved span taking the place of the one drawn before its answer does not, so an add's
 * answer re-renders the inspector instead of building it again. Nor does a new note: built again
 * as its note is saved, the inspector would take the keyboard from the control after the note.
 */
function useInspectorKey(span: Span): string {
  const [shown, setShown] = useState({ span, key: inspectorKey(span) });
  if (shown.span === span) return shown.key;
  // The same span (a new note, a new label) keeps the key it was shown under, which is the
  // drawn span's for a span saved in its place.
  const same = span.id === shown.span.id || savedInPlaceOf(shown.span, span);
  const key = same ? shown.key : inspectorKey(span);
  setShown({ span, key }); // derived from the props while rendering, as React advises
  return key;
}

function inspectorKey(span: Span): string {
  return span.id;
}

/** `saved` is the span the host saved for the one drawn ahead of its answer (`drawn`). */
function savedInPlaceOf(drawn: Span, saved: Span): boolean {
  return (
    isProvisional(drawn.id) &&
    !isProvisional(saved.id) &&
    drawn.label === saved.label &&
    JSON.stringify(drawn.fragments) === JSON.stringify(saved.fragments)
  );
}
