export { AgreementView, type AgreementViewProps } from './components/AgreementView';
