import { openedDocument, useModel, useStoreValue } from '../../../model';
import { LabelLegend } from './LabelLegend';
import { SelectionLabelMenu } from './SelectionLabelMenu';
import { WorkspaceAside } from './WorkspaceAside';
import { WorkspaceReadingView } from './WorkspaceReadingView';
import { WorkspaceToolbar } from './WorkspaceToolbar';

/** The reading view with selection-to-label, suggestions, and the inspector or document panel beside it. */
export function AnnotationWorkspace() {
  // The open document only: an edit of its layer renders the parts that show the layer, not this.
  const document = useStoreValue(useModel().document, openedDocument);
  if (!document) {
    return (
      <main className="lp-main lp-empty">
        <p>Open a document from the list to start annotating.</p>
      </main>
    );
  }
  return (
    <>
      <main className="lp-main" data-region="text">
        <WorkspaceToolbar />
        <LabelLegend />
        <article className="lp-page">
          <WorkspaceReadingView />
        </article>
        <SelectionLabelMenu />
      </main>
      <WorkspaceAside />
    </>
  );
}
