import { WorkbenchError, type WorkbenchApi } from '../shared/contract';
import { guardWorkbench, type GuardOptions } from './guardWorkbench';
import { UserSettingsFile, userFolder } from './settings/userSettings';
import {
  AnnotationService,
  documentList,
  EditSession,
  EntityService,
  planCarryStance,
  projectAgreement,
  ReviewService,
  SchemaService,
  SearchService,
  StanceService,
  stanceMap,
  toWorkbenchError,
} from './services';
import { EntityRegistry, ProjectStore } from './store';
import { interchangeApi } from './interchange';

/** Where a workbench keeps per-user state (tests point it at a temporary folder), and who writes. */
export interface WorkbenchOptions extends GuardOptions {
  readonly userFolder?: string;
}

/** A WorkbenchApi bound to one project folder, plus its lifecycle. */
export interface Workbench extends WorkbenchApi {
  readonly store: ProjectStore;
  /** Why edits are refused (another program holds the project's lock), or null. */
  readonly readOnly: string | null;
  close(): Promise<void>;
}

/** The one composition root: every transport (IPC, HTTP, CLI) calls the API built here. */
export async function createWorkbench(
  projectDir: string,
  options: WorkbenchOptions = {},
): Promise<Workbench> {
  return guardWorkbench(projectDir, options, () => openWorkbench(projectDir, options));
}

/** The services on one project folder, without the lock and change checks that guardWorkbench adds. */
async function openWorkbench(projectDir: string, options: WorkbenchOptions): Promise<Workbench> {
  const store = await ProjectStore.open(projectDir);
  const settings = await UserSettingsFile.load(options.userFolder ?? userFolder());
  const annotator = (): string => {
    const name = settings.value.annotator;
    if (!name) throw new WorkbenchError('no_annotator', 'set your annotator name first');
    return name;
  };
  const registry = await EntityRegistry.load(projectDir, store.problems);
  const session = new EditSession(store, registry, annotator);
  const annotations = new AnnotationService(store, registry, session, annotator);
  const stances = new StanceService(store, registry, session);
  const entities = new EntityService(store, registry, session, annotator);
  const search = new SearchService(store, () => settings.value.annotator);
  const schemas = new SchemaService(store, session);
  const reviews = new ReviewService(store, registry, session);

  const api: WorkbenchApi = {
    async getProject() {
      return {
        name: store.manifest.name,
        dir: store.dir,
        schema: store.manifest.schema,
        styles: store.manifest.styles,
        problems: [...store.problems],
        annotators: await store.listAnnotators(),
      };
    },
    async getSettings() {
      return { annotator: settings.value.annotator, snapToWords: settings.value.snapToWords };
    },
    async updateSettings(request) {
      const before = settings.value.annotator;
      const next = await settings.update(request);
      if (next.annotator !== before) session.clear();
      return { annotator: next.annotator, snapToWords: next.snapToWords };
    },
    listDocuments: () => documentList(store, settings.value.annotator),
    openDocument: (request) => annotations.openDocument(request.documentId),
    addSpan: (request) => annotations.addSpan(request),
    addSpans: (request) => annotations.addSpans(request),
    updateSpan: (request) => annotations.updateSpan(request),
    deleteSpan: (request) => annotations.deleteSpan(request),
    setStatus: (request) => annotations.setStatus(request),
    setDocumentLabel: (request) => annotations.setDocumentLabel(request),
    addStance: (request) => stances.addStance(request),
    updateStance: (request) => stances.updateStance(request),
    deleteStance: (request) => stances.deleteStance(request),
    listEntities: async () => entities.list(),
    searchEntities: async (request) => entities.search(request.query, request.limit),
    createEntity: (request) => entities.create(request),
    updateEntity: (request) => entities.update(request),
    mergeEntities: (request) => entities.merge(request),
    entityMentions: (request) => entities.mentions(request.entityId),
    searchText: (request) => search.searchText(request),
    similarPassages: (request) => search.similarPassages(request.documentId, request.spanId),
    carryStance: (request) => session.run((b) => planCarryStance(b, store, request)),
    stanceMap: () => stanceMap(store, registry, settings.value.annotator),
    updateSchema: (request) => schemas.updateSchema(request),
    renameLabel: (request) => schemas.renameLabel(request),
    deleteLabel: (request) => schemas.deleteLabel(request),
    agreement: (request) => projectAgreement(store, request),
    reviewDocument: (request) => reviews.review(request),
    adjudicate: (request) => reviews.adjudicate(request),
    acceptAllAgreed: (request) => reviews.acceptAllAgreed(request),
    syncWithDisk: async () => ({ changed: [] }), // guardWorkbench compares the folder with what was read
    ...interchangeApi(
      store,
      registry,
      () => settings.value.annotator,
      () => session.clear(),
    ),
    undo: () => session.undo(),
    redo: () => session.redo(),
  };

  return { ...withErrorMapping(api), store, readOnly: null, close: () => store.flush() };
}

/** Every failure leaves the API as a WorkbenchError, whatever threw it. */
function withErrorMapping(api: WorkbenchApi): WorkbenchApi {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api) as [
    string,
    (r: unknown) => Promise<unknown>,
  ][]) {
    wrapped[name] = async (request: unknown) => {
      try {
        return await method(request);
      } catch (error) {
        throw toWorkbenchError(error);
      }
    };
  }
  return wrapped as WorkbenchApi;
}
