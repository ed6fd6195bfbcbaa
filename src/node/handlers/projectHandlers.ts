import type { HandlersOf } from '../../shared/contract';
import type { projectMethods } from '../../shared/contract/methods/projectMethods';
import type { OpenProject } from '../openProject';
import { documentList } from '../services/documentList';
import { setDocumentTitle } from '../services/documentTitle';
import { projectStats } from '../services/projectStats';
import { validateProject } from '../services/validateProject';

/** The project, settings, documents, history and the folder itself. */
export function projectHandlers(project: OpenProject): HandlersOf<typeof projectMethods> {
  const services = () => project.services;
  return {
    async getProject() {
      const { store } = services();
      const readOnly = project.readOnly;
      return {
        name: store.manifest.name,
        dir: store.dir,
        schema: store.manifest.schema,
        styles: store.manifest.styles,
        problems: [...store.problems],
        annotators: await store.listAnnotators(),
        ...(readOnly ? { readOnly } : {}),
      };
    },
    async getSettings() {
      const { annotator, snapToWords, keybindings } = services().settings.value;
      return { annotator, snapToWords, ...(keybindings ? { keybindings } : {}) };
    },
    async updateSettings(request) {
      const { settings, session } = services();
      const before = settings.value.annotator;
      const next = await settings.update(request);
      if (next.annotator !== before) session.clear();
      const { annotator, snapToWords, keybindings } = next;
      return { annotator, snapToWords, ...(keybindings ? { keybindings } : {}) };
    },
    listDocuments: () => documentList(services().store, services().currentAnnotator()),
    openDocument: (request) => services().annotations.openDocument(request.documentId),
    setDocumentTitle: (request) => setDocumentTitle(services().store, services().session, request),
    syncWithDisk: () => project.syncWithDisk(),
    undo: () => services().session.undo(),
    redo: () => services().session.redo(),
    validateProject: () => validateProject(services().store),
    projectStats: () => projectStats(services().store),
  };
}
