import type { HandlersOf } from '../../shared/contract';
import type { annotationMethods } from '../../shared/contract/methods/annotationMethods';
import type { OpenProject } from '../openProject';

/** Spans, document labels and status in the user's layer. */
export function annotationHandlers(project: OpenProject): HandlersOf<typeof annotationMethods> {
  const annotations = () => project.services.annotations;
  return {
    addSpan: (request) => annotations().addSpan(request),
    addSpans: (request) => annotations().addSpans(request),
    updateSpan: (request) => annotations().updateSpan(request),
    deleteSpan: (request) => annotations().deleteSpan(request),
    addRelation: (request) => annotations().addRelation(request),
    deleteRelation: (request) => annotations().deleteRelation(request),
    dismissName: (request) => annotations().dismissName(request),
    setStatus: (request) => annotations().setStatus(request),
    setDocumentLabel: (request) => annotations().setDocumentLabel(request),
  };
}
