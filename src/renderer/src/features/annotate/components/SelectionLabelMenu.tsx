import { useModel, useStore, useStoreValue, openedDocument, spanText } from '../../../model';
import { LabelMenu } from './LabelMenu';

/** The label menu beside a fresh text selection. */
export function SelectionLabelMenu() {
  const model = useModel();
  const pending = useStoreValue(model.selection, (s) => s.pending);
  const document = useStoreValue(model.document, openedDocument);
  // A full view (agreement, review) covers the text: its selection's menu waits under it.
  const covered = useStoreValue(model.view, (v) => v.agreement);
  const { project } = useStore(model.project);
  if (!project || !document) return null;
  return (
    <LabelMenu
      anchor={covered ? null : (pending?.rect ?? null)}
      labels={project.schema.labels}
      styles={project.styles}
      preview={pending ? spanText(document.text, { fragments: [pending.range] }) : ''}
      onPick={model.annotation.label}
      onDismiss={model.selection.dismissRange}
      onLeave={model.view.focusReading}
    />
  );
}
