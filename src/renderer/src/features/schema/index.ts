export { SchemaDialog, type SchemaDialogProps } from './components/SchemaDialog';
