export { ImportDialog } from './components/ImportDialog';
export { ExportDialog } from './components/ExportDialog';
