export { AgreementView } from './components/AgreementView';
