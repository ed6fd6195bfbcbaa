export { AnnotationWorkspace, type AnnotationWorkspaceProps } from './components/AnnotationWorkspace';
export { useAnnotationSession, type AnnotationSession } from './hooks/useAnnotationSession';
