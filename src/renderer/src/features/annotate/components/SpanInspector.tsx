import type { Span } from '../../../../../shared/model';
import { spanText, useModel, useStore } from '../../../model';
import { Inspector } from './Inspector';
import { StructureList } from './StructureList';

/** The inspector of the selected span, wired to the document and entities. */
export function SpanInspector({ span }: { readonly span: Span }) {
  const model = useModel();
  const { document, spans, relations } = useStore(model.document);
  const { project } = useStore(model.project);
  const { entities } = useStore(model.entities);
  const { clickedAt, linking } = useStore(model.selection);
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
      key={`${span.id}:${span.note ?? ''}`}
      span={span}
      coveredText={spanText(document.text, span)}
      labels={project.schema.labels}
      styles={project.styles}
      alsoHere={alsoHere}
      entity={entities.find((e) => e.id === span.entityId) ?? null}
      linking={linking}
      onLinking={(on) => {
        model.selection.setLinking(on);
        if (!on) model.view.focusReading();
      }}
      onLink={(entityId) => {
        model.selection.setLinking(false);
        model.view.focusReading();
        edit({ entityId });
      }}
      onCreateEntity={model.annotation.createEntity}
      onStance={() => model.selection.startStance(span.id)}
      onRelate={model.annotation.startRelating}
      onPropagate={model.annotation.propagate}
      onRelabel={(label) => edit({ label })}
      onNote={(note) => edit({ note })}
      onDelete={model.annotation.deleteSelected}
      onSelect={model.selection.select}
    >
      <StructureList
        relations={relations.filter((r) => r.from === span.id || r.to === span.id)}
        events={[]}
        spans={spans}
        spanText={(s) => spanText(document.text, s)}
        onSelectSpan={model.selection.select}
        onDeleteRelation={(id) => void model.document.deleteRelation(id)}
      />
    </Inspector>
  );
}
