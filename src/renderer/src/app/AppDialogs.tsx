import { keysBeforeApp } from '../firstPaint';
import { useModel, useStore } from '../model';
import { OnceOpened } from '../ui/OnceOpened';
import {
  AnnotatorDialog,
  CarryDialog,
  ExportDialog,
  ImportDialog,
  OccurrencesDialog,
  SchemaDialog,
  StanceMapDialog,
  StatsDialog,
  SyncDialog,
} from './lazyViews';

/** The window's dialogs; the view store says which one is open. Each renders (and loads) when first opened. */
export function AppDialogs() {
  const model = useModel();
  const { dialog } = useStore(model.view);
  const { settings } = useStore(model.project);
  const { propagation } = useStore(model.occurrences);
  const { stance } = useStore(model.carry);
  const askName = dialog === 'annotator' || !settings?.annotator;
  return (
    <>
      <OnceOpened open={!!propagation}>
        <OccurrencesDialog />
      </OnceOpened>
      <OnceOpened open={!!stance}>
        <CarryDialog />
      </OnceOpened>
      <OnceOpened open={dialog === 'map'}>
        <StanceMapDialog open={dialog === 'map'} />
      </OnceOpened>
      <OnceOpened open={dialog === 'stats'}>
        <StatsDialog open={dialog === 'stats'} />
      </OnceOpened>
      <OnceOpened open={dialog === 'schema'}>
        <SchemaDialog open={dialog === 'schema'} />
      </OnceOpened>
      <OnceOpened open={dialog === 'import'}>
        <ImportDialog open={dialog === 'import'} />
      </OnceOpened>
      <OnceOpened open={dialog === 'export'}>
        <ExportDialog open={dialog === 'export'} />
      </OnceOpened>
      <OnceOpened open={dialog === 'sync'}>
        <SyncDialog open={dialog === 'sync'} />
      </OnceOpened>
      <OnceOpened open={askName}>
        <AnnotatorDialog
          key={String(askName)}
          open={askName}
          current={settings?.annotator ?? null}
          onSave={model.saveAnnotator}
          onCancel={model.view.close}
          typedBefore={keysBeforeApp.takeTyped}
        />
      </OnceOpened>
    </>
  );
}
