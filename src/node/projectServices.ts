import { WorkbenchError } from '../shared/contract';
import {
  AnnotationService,
  EditSession,
  EntityService,
  PanelReviewService,
  ReviewService,
  SchemaService,
  SearchService,
  StanceService,
} from './services';
import type { UserSettingsFile } from './settings/userSettings';
import { ProjectFolder, type EntityRegistry } from './store';

/** Every service of one project folder, as read at one moment (rebuilt when the folder changed underneath). */
export interface ProjectServices {
  readonly store: ProjectFolder;
  readonly registry: EntityRegistry;
  readonly settings: UserSettingsFile;
  readonly session: EditSession;
  readonly annotations: AnnotationService;
  readonly stances: StanceService;
  readonly entities: EntityService;
  readonly search: SearchService;
  readonly schemas: SchemaService;
  readonly reviews: ReviewService;
  readonly panels: PanelReviewService;
  /** The local user's annotator name; throws `no_annotator` when none is set. */
  annotator(): string;
  /** The local user's annotator name, or null. */
  currentAnnotator(): string | null;
}

/** Reads a project folder and builds its services around the user's settings. */
export async function openServices(
  dir: string,
  settings: UserSettingsFile,
): Promise<ProjectServices> {
  const store = await ProjectFolder.open(dir);
  const registry = store.entities;
  const currentAnnotator = (): string | null => settings.value.annotator;
  const annotator = (): string => {
    const name = currentAnnotator();
    if (!name) throw new WorkbenchError('no_annotator', 'set your annotator name first');
    return name;
  };
  const session = new EditSession(store, registry, annotator);
  return {
    store,
    registry,
    settings,
    session,
    annotations: new AnnotationService(store, registry, session, annotator),
    stances: new StanceService(store, registry, session),
    entities: new EntityService(store, registry, session, annotator),
    search: new SearchService(store, currentAnnotator),
    schemas: new SchemaService(store, session),
    reviews: new ReviewService(store, registry, session),
    panels: new PanelReviewService(store, registry, session),
    annotator,
    currentAnnotator,
  };
}
