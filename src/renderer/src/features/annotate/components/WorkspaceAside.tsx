import { Activity } from 'react';
import { useModel, useStore } from '../../../model';
import { DocumentPanel } from './DocumentPanel';
import { RelatePanel } from './RelatePanel';
import { SpanInspector } from './SpanInspector';
import { StanceAside } from './StanceAside';

/**
 * The right column: the new relation, the new stance form, else the selected span, else the
 * document's labels and stances. The document panel stays mounted while another panel is shown
 * (hidden, its updates left for when the window is idle): labelling selects the new span and a
 * delete deselects it, and building the panel's lists again at every such edit cost the key's frame.
 */
export function WorkspaceAside() {
  const model = useModel();
  const { selectedId, stanceFor, relateFrom } = useStore(model.selection);
  const { spans } = useStore(model.document);
  const from = relateFrom ? spans.find((s) => s.id === relateFrom) : undefined;
  const evidence = from || !stanceFor ? undefined : spans.find((s) => s.id === stanceFor);
  const selected = from || evidence ? undefined : spans.find((s) => s.id === selectedId);
  const shown = from ? (
    <RelatePanel from={from} />
  ) : evidence ? (
    <StanceAside evidence={evidence} />
  ) : selected ? (
    <SpanInspector span={selected} />
  ) : null;
  return (
    <>
      {shown}
      <Activity mode={shown ? 'hidden' : 'visible'}>
        <DocumentPanel />
      </Activity>
    </>
  );
}
