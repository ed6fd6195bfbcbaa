export { DocumentList, type DocumentListProps } from './components/DocumentList';
