export {
  AnnotationWorkspace,
  type AnnotationWorkspaceProps,
  type WorkspaceFocus,
} from './components/AnnotationWorkspace';
export { useAnnotationSession, type AnnotationSession } from './hooks/useAnnotationSession';
