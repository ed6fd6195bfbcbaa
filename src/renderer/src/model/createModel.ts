import type { PublicApi } from '../../../shared/contract';
import { AgreementStore } from './agreementStore';
import { AnnotationActions } from './annotationActions';
import { DocumentMoves } from './documentMoves';
import { StructureActions } from './structureActions';
import { AnnouncementsStore } from './announcementsStore';
import { CarryStore } from './carryStore';
import { DocumentsStore } from './documentsStore';
import { DocumentStore } from './documentStore';
import { EditSteps } from './editSteps';
import { LabelRuns } from './labelRuns';
import type { FrameDraws } from './frameDraws';
import { EntitiesStore } from './entitiesStore';
import { InterchangeStore } from './interchangeStore';
import { KeybindingsStore } from './keybindingsStore';
import { ModelSuggestionsStore } from './modelSuggestionsStore';
import { NotificationsStore } from './notificationsStore';
import { OccurrencesStore } from './occurrencesStore';
import { PanelStore } from './panelStore';
import { ProjectStore } from './projectStore';
import { ReviewStore } from './reviewStore';
import { SchemaStore } from './schemaStore';
import { SearchStore } from './searchStore';
import { SelectionStore } from './selectionStore';
import { StanceDraftsStore } from './stanceDraftsStore';
import { StanceMapStore } from './stanceMapStore';
import { StatsStore } from './statsStore';
import { ThemeStore } from './themeStore';
import { SuggestionsStore } from './suggestionsStore';
import { SyncStore } from './syncStore';
import { ViewStore } from './viewStore';

/** Every store of one window, and what spans several of them. The only holder of the workbench client. */
export interface Model {
  readonly notifications: NotificationsStore;
  /** What screen readers hear of an undo, a redo or a saved stance. */
  readonly announcements: AnnouncementsStore;
  /** What screen readers hear in the agreement view: new figures, a decision, an undo of one. */
  readonly viewAnnouncements: AnnouncementsStore;
  readonly project: ProjectStore;
  readonly keybindings: KeybindingsStore;
  readonly documents: DocumentsStore;
  readonly document: DocumentStore;
  /** Choices by keys on a document label's closed list, kept as one undo step a run. */
  readonly labelRuns: LabelRuns;
  readonly entities: EntitiesStore;
  readonly selection: SelectionStore;
  readonly suggestions: SuggestionsStore;
  /** The machine annotator's suggestions (ghost spans) and the learner's runs. */
  readonly modelSuggestions: ModelSuggestionsStore;
  readonly view: ViewStore;
  readonly theme: ThemeStore;
  readonly search: SearchStore;
  readonly occurrences: OccurrencesStore;
  readonly carry: CarryStore;
  readonly stanceMap: StanceMapStore;
  readonly stats: StatsStore;
  readonly stanceDrafts: StanceDraftsStore;
  readonly interchange: InterchangeStore;
  readonly schema: SchemaStore;
  readonly review: ReviewStore;
  /** Adjudication of one document among any number of annotators. */
  readonly panel: PanelStore;
  readonly agreement: AgreementStore;
  readonly sync: SyncStore;
  readonly annotation: AnnotationActions;
  /** To another document with the keyboard in its text: done and next, a jump to a result. */
  readonly moves: DocumentMoves;
  /** Relations and stances saved or deleted, said once saved. */
  readonly structure: StructureActions;
  /** First load (once, however often it is called): project, settings, documents, entities, and the first document once there is an annotator. */
  start(): Promise<void>;
  /** Rereads the project, the documents, the entities and the open document. */
  reload(): Promise<void>;
  /** Asks the workbench to reread files changed underneath, and reloads when some were. */
  syncWithDisk(): Promise<void>;
  /** Sets who is annotating (throws what the workbench refused), then opens their layer. */
  saveAnnotator(name: string): Promise<void>;
  /** Leaves the agreement view for the text; gold may have changed, so everything is reread. */
  closeAgreement(): void;
  /** Syncs with the team; opens the sync dialog when it failed or left conflicts. */
  syncNow(): Promise<void>;
}

/** The model of one window around a workbench client. */
export function createModel(
  workbench: PublicApi,
  frames?: FrameDraws,
  idle?: (run: () => void) => void,
): Model {
  // Every store's writes pass through one copy of the undo history, so an undo can be drawn at once.
  const steps = new EditSteps();
  const client = steps.track(workbench);
  const notifications = new NotificationsStore();
  const announcements = new AnnouncementsStore();
  // The agreement view's own: what it says must not be said again by the text's region after it.
  const viewAnnouncements = new AnnouncementsStore();
  const project = new ProjectStore(client, notifications);
  const documents = new DocumentsStore(client);
  const document: DocumentStore = new DocumentStore({
    client,
    notifications,
    documents,
    project,
    entities: () => entities,
    steps,
    announcements,
    ...(frames ? { frames } : {}),
  });
  const entities = new EntitiesStore(client, notifications, document.edit);
  const selection = new SelectionStore();
  const view = new ViewStore();
  const occurrences = new OccurrencesStore(client, notifications, document);
  const suggestions = new SuggestionsStore(document, entities, idle ?? null);
  const stanceDrafts = new StanceDraftsStore();
  const stores = { notifications, project, documents, document, entities, selection, view };
  const annotation = new AnnotationActions({
    ...stores,
    suggestions,
    occurrences,
    stanceDrafts,
    announcements,
  });

  let shownId: string | null = null;
  document.onDidChange(() => {
    const id = document.snapshot.document?.id ?? null;
    if (id === shownId) return;
    shownId = id;
    selection.reset();
    // A stance left half-written in this document comes back with it.
    const draft = id ? stanceDrafts.draftOf(id) : null;
    if (draft && document.snapshot.spans.some((s) => s.id === draft.evidenceId))
      selection.startStance(draft.evidenceId);
  });

  // Two round trips: everything at once, then the first document, asked for as soon as the
  // settings and the list answer (before the window renders them).
  async function startOnce(): Promise<void> {
    const settings = client.getSettings({});
    const list = client.listDocuments({});
    const opened = Promise.all([settings, list]).then(([{ annotator }, [first]]) =>
      annotator && first ? document.open(first.id) : undefined,
    );
    await Promise.all([
      project.load(settings),
      documents.refresh(list),
      entities.refresh(),
      opened,
    ]);
  }
  let started: Promise<void> | undefined;

  async function reload(): Promise<void> {
    await Promise.all([project.load(), documents.refresh()]);
    await Promise.all([entities.refresh(), document.reopen()]);
  }

  const model: Model = {
    ...stores,
    announcements,
    viewAnnouncements,
    keybindings: new KeybindingsStore(project),
    suggestions,
    modelSuggestions: new ModelSuggestionsStore(
      client,
      document,
      selection,
      notifications,
      (text) => announcements.announce(text),
      steps,
    ),
    occurrences,
    theme: new ThemeStore(project),
    search: new SearchStore(client, notifications),
    carry: new CarryStore(client, notifications, document),
    stanceMap: new StanceMapStore(client, notifications),
    stats: new StatsStore(client, notifications),
    stanceDrafts,
    labelRuns: new LabelRuns(steps),
    interchange: new InterchangeStore(client, notifications, reload),
    schema: new SchemaStore(client, document),
    review: new ReviewStore(client, notifications, (text) => viewAnnouncements.announce(text)),
    panel: new PanelStore(client, notifications, (text) => viewAnnouncements.announce(text)),
    agreement: new AgreementStore(client, notifications),
    sync: new SyncStore(client, notifications, reload),
    annotation,
    moves: new DocumentMoves({ ...stores, announcements }),
    structure: new StructureActions({ ...stores, announcements }),
    start() {
      started ??= startOnce();
      return started;
    },
    reload,
    async syncWithDisk() {
      const { changed } = await client.syncWithDisk({});
      if (changed.length > 0) await reload();
    },
    async saveAnnotator(name) {
      await project.updateSettings({ annotator: name });
      view.close();
      const [first] = await documents.refresh();
      const open = document.snapshot.document?.id ?? first?.id;
      if (open) await document.open(open);
      // The header's name changes away from the keyboard, and the text shows the new layer:
      // said where the keyboard goes back to, the text.
      announcements.announce(`Annotating as ${name}`);
    },
    async syncNow() {
      const ok = await model.sync.sync();
      if (!ok || (model.sync.snapshot.status?.conflicts.length ?? 0) > 0) view.open('sync');
    },
    closeAgreement() {
      model.review.stop();
      model.panel.stop();
      view.setAgreement(false);
      view.focusReading();
      reload().catch(notifications.report);
    },
  };
  return model;
}
