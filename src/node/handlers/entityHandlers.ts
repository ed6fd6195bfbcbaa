import type { HandlersOf } from '../../shared/contract';
import type { entityMethods } from '../../shared/contract/methods/entityMethods';
import type { OpenProject } from '../openProject';

/** The entity registry. */
export function entityHandlers(project: OpenProject): HandlersOf<typeof entityMethods> {
  const entities = () => project.services.entities;
  return {
    listEntities: async () => entities().list(),
    searchEntities: async (request) => entities().search(request.query, request.limit),
    createEntity: (request) => entities().create(request),
    updateEntity: (request) => entities().update(request),
    mergeEntities: (request) => entities().merge(request),
    entityMentions: (request) => entities().mentions(request.entityId),
  };
}
