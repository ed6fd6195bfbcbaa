import type { HandlersOf } from '../../shared/contract';
import type { searchMethods } from '../../shared/contract/methods/searchMethods';
import type { OpenProject } from '../openProject';

/** Text search and similar passages. */
export function searchHandlers(project: OpenProject): HandlersOf<typeof searchMethods> {
  const search = () => project.services.search;
  return {
    searchText: (request) => search().searchText(request),
    similarPassages: (request) => search().similarPassages(request.documentId, request.spanId),
  };
}
