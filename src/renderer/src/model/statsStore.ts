import type { ProjectStats, PublicApi } from '../../../shared/contract';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

export interface StatsState {
  /** The project's counts as `loupe stats` gives them, with what they leave out; null until read. */
  readonly stats: ProjectStats | null;
}

/** Documents, characters and every annotator's counts, and the files those counts leave out. */
export class StatsStore extends Store<StatsState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
  ) {
    super({ stats: null });
  }

  /** Reads the counts afresh (a file may have been mended since), reporting a failure. */
  load(): void {
    this.client.projectStats({}).then((stats) => this.set({ stats }), this.notifications.report);
  }
}
