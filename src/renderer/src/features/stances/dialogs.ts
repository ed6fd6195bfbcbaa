// The feature's dialogs, loaded when first opened (app/lazyViews.ts), not with the window.
export { StanceMapDialog } from './components/StanceMapDialog';
export { CarryDialog } from './components/CarryDialog';
