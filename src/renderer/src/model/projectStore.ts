import type { ProjectInfo, PublicApi, RequestOf, Settings } from '../../../shared/contract';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

export interface ProjectState {
  readonly project: ProjectInfo | null;
  readonly settings: Settings | null;
}

/** The open project (name, folder, schema, styles, annotators) and the user's settings. */
export class ProjectStore extends Store<ProjectState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
  ) {
    super({ project: null, settings: null });
  }

  /** Reads the project and the settings (or takes settings already asked for); says which files could not be loaded. */
  async load(asked?: Promise<Settings>): Promise<ProjectState> {
    const [project, settings] = await Promise.all([
      this.client.getProject({}),
      asked ?? this.client.getSettings({}),
    ]);
    this.set({ project, settings });
    if (project.problems.length > 0)
      this.notifications.notify(
        `Some files could not be loaded: ${project.problems.map((p) => `${p.file}: ${p.reason}`).join('; ')}`,
      );
    return this.snapshot;
  }

  /** Rereads the project info alone (the schema or styles changed). */
  async reloadProject(): Promise<void> {
    this.patch({ project: await this.client.getProject({}) });
  }

  /** Changes settings; the answer is the settings now in force. Throws what the workbench refused. */
  async updateSettings(request: RequestOf<'updateSettings'>): Promise<Settings> {
    const settings = await this.client.updateSettings(request);
    this.patch({ settings });
    return settings;
  }

  /** Turns snapping to words on or off, reporting a failure. */
  setSnapToWords(snapToWords: boolean): void {
    this.updateSettings({ snapToWords }).catch(this.notifications.report);
  }
}
