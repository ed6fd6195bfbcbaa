import { lazy } from 'react';

// Views the first frame does not show load when first opened, each with its feature's code
// (a feature whose panels are on the first screen keeps its dialogs in its `dialogs.ts`).
// Each renders inside `OnceOpened` (ui/OnceOpened.tsx): nothing is fetched until then.
export const AgreementView = lazy(() =>
  import('../features/agreement').then((feature) => ({ default: feature.AgreementView })),
);
export const ExportDialog = lazy(() =>
  import('../features/interchange').then((feature) => ({ default: feature.ExportDialog })),
);
export const ImportDialog = lazy(() =>
  import('../features/interchange').then((feature) => ({ default: feature.ImportDialog })),
);
export const SchemaDialog = lazy(() =>
  import('../features/schema').then((feature) => ({ default: feature.SchemaDialog })),
);
export const AnnotatorDialog = lazy(() =>
  import('../features/settings').then((feature) => ({ default: feature.AnnotatorDialog })),
);
export const OccurrencesDialog = lazy(() =>
  import('../features/search/dialogs').then((feature) => ({ default: feature.OccurrencesDialog })),
);
export const CarryDialog = lazy(() =>
  import('../features/stances/dialogs').then((feature) => ({ default: feature.CarryDialog })),
);
export const StanceMapDialog = lazy(() =>
  import('../features/stances/dialogs').then((feature) => ({ default: feature.StanceMapDialog })),
);
export const SyncDialog = lazy(() =>
  import('../features/sync/dialogs').then((feature) => ({ default: feature.SyncDialog })),
);
export const StatsDialog = lazy(() =>
  import('../features/stats').then((feature) => ({ default: feature.StatsDialog })),
);
