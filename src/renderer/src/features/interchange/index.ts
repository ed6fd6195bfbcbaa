export { ImportDialog, type ImportDialogProps } from './components/ImportDialog';
export { ExportDialog, type ExportDialogProps } from './components/ExportDialog';
