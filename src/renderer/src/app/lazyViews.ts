import { lazy } from 'react';

// Views the first frame does not show load when first opened, each with its feature's code.
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
export const SyncDialog = lazy(() =>
  import('../features/sync').then((feature) => ({ default: feature.SyncDialog })),
);
export const StanceMapDialog = lazy(() =>
  import('../features/stances').then((feature) => ({ default: feature.StanceMapDialog })),
);
export const CarryDialog = lazy(() =>
  import('../features/stances').then((feature) => ({ default: feature.CarryDialog })),
);
export const OccurrencesDialog = lazy(() =>
  import('../features/search').then((feature) => ({ default: feature.OccurrencesDialog })),
);
