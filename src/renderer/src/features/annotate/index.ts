export { AnnotationWorkspace } from './components/AnnotationWorkspace';
