import type { HandlersOf } from '../../shared/contract';
import type { schemaMethods } from '../../shared/contract/methods/schemaMethods';
import type { OpenProject } from '../openProject';

/** The label schema and styles. */
export function schemaHandlers(project: OpenProject): HandlersOf<typeof schemaMethods> {
  const schemas = () => project.services.schemas;
  return {
    updateSchema: (request) => schemas().updateSchema(request),
    renameLabel: (request) => schemas().renameLabel(request),
    deleteLabel: (request) => schemas().deleteLabel(request),
  };
}
