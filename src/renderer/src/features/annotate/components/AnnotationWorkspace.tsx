import { useModel, useStore } from '../../../model';
import { LabelLegend } from './LabelLegend';
import { SelectionLabelMenu } from './SelectionLabelMenu';
import { WorkspaceAside } from './WorkspaceAside';
import { WorkspaceReadingView } from './WorkspaceReadingView';
import { WorkspaceToolbar } from './WorkspaceToolbar';

/** The reading view with selection-to-label, suggestions, and the inspector or document panel beside it. */
export function AnnotationWorkspace() {
  const { document } = useStore(useModel().document);
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
