// The feature's dialogs, loaded when first opened (app/lazyViews.ts), not with the window.
export { SyncDialog } from './components/SyncDialog';
