import { ExportDialog, ImportDialog } from '../features/interchange';
import { SchemaDialog } from '../features/schema';
import { OccurrencesDialog } from '../features/search';
import { AnnotatorDialog } from '../features/settings';
import { CarryDialog, StanceMapDialog } from '../features/stances';
import { SyncDialog } from '../features/sync';
import { useModel, useStore } from '../model';

/** The window's dialogs; the view store says which one is open. */
export function AppDialogs() {
  const model = useModel();
  const { dialog } = useStore(model.view);
  const { settings } = useStore(model.project);
  const askName = dialog === 'annotator' || !settings?.annotator;
  return (
    <>
      <OccurrencesDialog />
      <CarryDialog />
      <StanceMapDialog open={dialog === 'map'} />
      <SchemaDialog open={dialog === 'schema'} />
      <ImportDialog open={dialog === 'import'} />
      <ExportDialog open={dialog === 'export'} />
      <SyncDialog open={dialog === 'sync'} />
      <AnnotatorDialog
        key={String(askName)}
        open={askName}
        current={settings?.annotator ?? null}
        onSave={model.saveAnnotator}
        onCancel={model.view.close}
      />
    </>
  );
}
