export { StanceForm, type StanceDraft, type StanceFormProps } from './components/StanceForm';
export { StanceList, type StanceListProps } from './components/StanceList';
export { StanceMapDialog, type StanceMapDialogProps } from './components/StanceMapDialog';
export { CarryDialog, type CarryDialogProps } from './components/CarryDialog';
