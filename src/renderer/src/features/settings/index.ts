export { AnnotatorDialog, type AnnotatorDialogProps } from './components/AnnotatorDialog';
