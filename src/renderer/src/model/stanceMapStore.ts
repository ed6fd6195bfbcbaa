import type { PublicApi, StanceMap } from '../../../shared/contract';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

export interface StanceMapState {
  readonly map: StanceMap | null;
  /** The cell drilled into. */
  readonly cell: StanceMap['cells'][number] | null;
}

/** Holders × targets over the project, and the cell whose evidence is shown. */
export class StanceMapStore extends Store<StanceMapState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
  ) {
    super({ map: null, cell: null });
  }

  load(): void {
    this.patch({ cell: null });
    this.client.stanceMap({}).then((map) => this.patch({ map }), this.notifications.report);
  }

  readonly drill = (cell: StanceMap['cells'][number] | null): void => {
    this.patch({ cell });
  };
}
