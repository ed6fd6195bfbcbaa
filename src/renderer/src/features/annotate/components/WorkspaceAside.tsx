import { useModel, useStore } from '../../../model';
import { useAfterEdit } from '../../../ui/useAfterEdit';
import { DocumentPanel } from './DocumentPanel';
import { AsideHidden } from './HiddenAside';
import { RelatePanel } from './RelatePanel';
import { SpanInspector } from './SpanInspector';
import { StanceAside } from './StanceAside';

/**
 * The right column: the new relation, the new stance form, else the selected span, else the
 * document's labels and stances. The document panel stays mounted while another panel is shown
 * (hidden, and still following the layer after each edit): labelling selects the new span and a
 * delete deselects it, and building the panel's lists again at every such swap cost the key's
 * frame. The inspector of a span an edit selects (a new span) shows once that edit is painted and
 * saved: the frames that show its highlight and "Saved" carry only the edit, and the panels swap
 * in the frame after, in the same commit as the document panel's own update for that edit. (With
 * React's `Activity`, that update was put off while the panel was hidden, to a commit of its own
 * that a next key pressed at once had to wait for.)
 */
export function WorkspaceAside() {
  const model = useModel();
  const { selectedId, stanceFor, relateFrom } = useStore(model.selection);
  const { spans } = useStore(model.document);
  const from = relateFrom ? spans.find((s) => s.id === relateFrom) : undefined;
  const evidence = from || !stanceFor ? undefined : spans.find((s) => s.id === stanceFor);
  const selected = selectedId === null ? null : (spans.find((s) => s.id === selectedId) ?? null);
  // A span deselected (deleted) gives way to the document panel at once: left for after the
  // delete's frames, that swap would land on whatever key comes next (an undo).
  const following = useAfterEdit(selected);
  const inspected = selected && following;
  const shown = from ? (
    <RelatePanel from={from} />
  ) : evidence ? (
    <StanceAside evidence={evidence} />
  ) : inspected ? (
    <SpanInspector span={inspected} />
  ) : null;
  return (
    <>
      {shown}
      <AsideHidden value={shown !== null}>
        <DocumentPanel />
      </AsideHidden>
    </>
  );
}
