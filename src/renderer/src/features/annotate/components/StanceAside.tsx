import type { Span } from '../../../../../shared/model';
import { spanText, useModel, useStore, type StanceDraft } from '../../../model';
import { refLabel, StanceForm } from '../../stances';

/** The new stance form for an evidence span; its draft is kept per document until saved or discarded. */
export function StanceAside({ evidence }: { readonly evidence: Span }) {
  const model = useModel();
  const { document, spans, stances } = useStore(model.document);
  const { project, settings } = useStore(model.project);
  const { entities } = useStore(model.entities);
  useStore(model.stanceDrafts);
  if (!document || !project) return null;
  const annotator = settings?.annotator ?? '';
  const draft = model.stanceDrafts.draftFor(document.id, evidence.id, annotator, stances);
  const textOf = (span: Span): string => spanText(document.text, span);
  const close = (): void => {
    model.selection.cancelStance();
    model.view.focusReading();
  };
  const save = ({ holder, target, polarity, note }: StanceDraft): void => {
    model.stanceDrafts.saved(document.id, annotator, target);
    close();
    model.selection.select(null);
    const named = (s: Span): boolean =>
      [holder, target].some((ref) => ref?.kind === 'span' && ref.spanId === s.id);
    const cited = new Map(spans.filter(named).map((s) => [s.id, s]));
    const [who, what] = [
      refLabel(holder ?? undefined, 'holder', cited, entities, project.schema, textOf),
      refLabel(target, 'target', cited, entities, project.schema, textOf),
    ];
    const said = `Saved stance: ${who} ${polarity ?? ''} ${what}, evidence “${textOf(evidence)}”`;
    void model.document
      .addStance({
        ...(holder ? { holder } : {}),
        ...(target ? { target } : {}),
        polarity: polarity ?? '',
        ...(note ? { note } : {}),
        evidence: [evidence.id],
      })
      .then((result) => result && model.announcements.announce(said));
  };
  return (
    <aside data-region="details" className="lp-inspector" aria-label="Stance">
      <StanceForm
        key={`${document.id}:${evidence.id}`}
        evidenceText={textOf(evidence)}
        schema={project.schema}
        spans={spans}
        entities={entities}
        draft={draft}
        spanText={textOf}
        onChange={(next) => model.stanceDrafts.update(document.id, next)}
        onSave={save}
        onClose={close}
        onDiscard={() => {
          model.stanceDrafts.discard(document.id);
          close();
        }}
      />
    </aside>
  );
}
