import { useModel, useStore } from '../../../model';
import { DocumentPanel } from './DocumentPanel';
import { RelatePanel } from './RelatePanel';
import { SpanInspector } from './SpanInspector';
import { StanceAside } from './StanceAside';

/** The right column: the new relation, the new stance form, else the selected span, else the document's labels and stances. */
export function WorkspaceAside() {
  const model = useModel();
  const { selectedId, stanceFor, relateFrom } = useStore(model.selection);
  const { spans } = useStore(model.document);
  const from = relateFrom ? spans.find((s) => s.id === relateFrom) : undefined;
  if (from) return <RelatePanel from={from} />;
  const evidence = stanceFor ? spans.find((s) => s.id === stanceFor) : undefined;
  if (evidence) return <StanceAside evidence={evidence} />;
  const selected = spans.find((s) => s.id === selectedId);
  if (selected) return <SpanInspector span={selected} />;
  return <DocumentPanel />;
}
