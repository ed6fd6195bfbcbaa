export { StanceForm, type StanceFormProps } from './components/StanceForm';
export { StanceList, type StanceListProps } from './components/StanceList';
export { refLabel } from './components/refLabel';
