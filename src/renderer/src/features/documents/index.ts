export { DocumentList } from './components/DocumentList';
