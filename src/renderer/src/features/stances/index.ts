export { StanceForm, type StanceFormProps } from './components/StanceForm';
export { StanceList, type StanceListProps } from './components/StanceList';
export { NO_HOLDER, refLabel } from './components/refLabel';
