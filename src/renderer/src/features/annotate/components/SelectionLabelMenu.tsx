import { useModel, useStore, useStoreValue, openedDocument, spanText } from '../../../model';
import { LabelMenu } from './LabelMenu';

/** The label menu beside a fresh text selection. */
export function SelectionLabelMenu() {
  const model = useModel();
  const pending = useStoreValue(model.selection, (s) => s.pending);
  const document = useStoreValue(model.document, openedDocument);
  const { project } = useStore(model.project);
  if (!project || !document) return null;
  return (
    <LabelMenu
      anchor={pending?.rect ?? null}
      labels={project.schema.labels}
      styles={project.styles}
      preview={pending ? spanText(document.text, { fragments: [pending.range] }) : ''}
      onPick={model.annotation.label}
      onDismiss={model.selection.dismissRange}
      onLeave={model.view.focusReading}
    />
  );
}
