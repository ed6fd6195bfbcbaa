// The feature's dialogs, loaded when first opened (app/lazyViews.ts), not with the window.
export { OccurrencesDialog } from './components/OccurrencesDialog';
