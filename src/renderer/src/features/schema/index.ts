export { SchemaDialog } from './components/SchemaDialog';
