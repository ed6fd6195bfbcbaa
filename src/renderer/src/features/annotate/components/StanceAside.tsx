import type { Span } from '../../../../../shared/model';
import { spanText, useModel, useStore } from '../../../model';
import { StanceForm } from '../../stances';

/** The new stance form for an evidence span. */
export function StanceAside({ evidence }: { readonly evidence: Span }) {
  const model = useModel();
  const { document, spans } = useStore(model.document);
  const { project } = useStore(model.project);
  const { entities } = useStore(model.entities);
  if (!document || !project) return null;
  const textOf = (span: Span): string => spanText(document.text, span);
  return (
    <aside data-region="details" className="lp-inspector" aria-label="Stance">
      <StanceForm
        evidenceText={textOf(evidence)}
        schema={project.schema}
        spans={spans}
        entities={entities}
        spanText={textOf}
        onCancel={model.selection.cancelStance}
        onSave={(draft) => {
          model.selection.cancelStance();
          model.selection.select(null);
          void model.document.addStance({ ...draft, evidence: [evidence.id] });
        }}
      />
    </aside>
  );
}
