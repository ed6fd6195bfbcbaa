import { lazy } from 'react';

// Views the first frame does not show load when first opened, each with its feature's code.
// (The stances, search and sync dialogs stay in the first bundle: their features' panels are
// on the first screen. They too render only once opened: see AppDialogs.)
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
