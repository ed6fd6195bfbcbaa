export { SearchPanel } from './components/SearchPanel';
export { OccurrencesDialog } from './components/OccurrencesDialog';
