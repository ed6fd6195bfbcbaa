import type { HandlersOf } from '../../shared/contract';
import type { projectMethods } from '../../shared/contract/methods/projectMethods';
import type { Settings } from '../../shared/contract/schemas/projectSchemas';
import type { OpenProject } from '../openProject';
import { documentList } from '../services/documentList';
import { setDocumentTitle } from '../services/documentTitle';
import { projectStats } from '../services/projectStats';
import { schemaVersion } from '../services/schemaVersion';
import { validateProject } from '../services/validateProject';
import type { UserSettings } from '../settings/userSettings';
import { repairProjectFolder, scanProjectFolder } from '../store';

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
        schemaVersion: schemaVersion(store.manifest),
        problems: [...store.problems],
        annotators: await store.listAnnotators(),
        ...(readOnly ? { readOnly } : {}),
      };
    },
    async getSettings() {
      return publicSettings(services().settings.value);
    },
    async updateSettings(request) {
      const { settings, session } = services();
      const before = settings.value.annotator;
      const next = await settings.update(request);
      if (next.annotator !== before) session.clear();
      return publicSettings(next);
    },
    listDocuments: () => documentList(services().store, services().currentAnnotator()),
    openDocument: (request) => services().annotations.openDocument(request.documentId),
    setDocumentTitle: (request) => setDocumentTitle(services().store, services().session, request),
    syncWithDisk: () => project.syncWithDisk(),
    undo: () => services().session.undo(),
    redo: () => services().session.redo(),
    validateProject: () => validateProject(services().store),
    repairProject: async () => {
      const { dir } = services().store;
      const removed = await repairProjectFolder(
        dir,
        await scanProjectFolder(dir),
        project.writerSince,
      );
      // What was read at open may name a link just removed: the next report reads the folder as it is.
      if (removed.length > 0) await project.reread();
      return { removed };
    },
    projectStats: () => projectStats(services().store),
  };
}

/** What the user's settings file tells clients (not its recent projects). */
function publicSettings({ annotator, snapToWords, keybindings, theme }: UserSettings): Settings {
  return {
    annotator,
    snapToWords,
    ...(keybindings ? { keybindings } : {}),
    ...(theme ? { theme } : {}),
  };
}
