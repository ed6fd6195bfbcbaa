export { SearchPanel, type SearchPanelProps } from './components/SearchPanel';
export {
  OccurrencesDialog,
  type OccurrencesDialogProps,
  type Propagation,
} from './components/OccurrencesDialog';
