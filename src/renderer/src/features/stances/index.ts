export { StanceForm, type StanceFormProps } from './components/StanceForm';
export { StanceList, type StanceListProps } from './components/StanceList';
export { StanceMapDialog } from './components/StanceMapDialog';
export { CarryDialog } from './components/CarryDialog';
