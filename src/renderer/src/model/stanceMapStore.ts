import type { PublicApi, StanceMap } from '../../../shared/contract';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

export interface StanceMapState {
  readonly map: StanceMap | null;
  /** The cell drilled into. */
  readonly cell: StanceMap['cells'][number] | null;
}

/** Holders × targets over one annotator's layers (the user's at first), and the cell whose evidence is shown. */
export class StanceMapStore extends Store<StanceMapState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
  ) {
    super({ map: null, cell: null });
  }

  /** Answers to earlier loads than the latest are dropped: the map is of the annotator last chosen. */
  private asked = 0;

  /** Draws the map of `annotator`'s stances; of the user's own when none is named. */
  load(annotator?: string): void {
    this.patch({ cell: null });
    const request = annotator === undefined ? {} : { annotator };
    const asked = ++this.asked;
    this.client
      .stanceMap(request)
      .then((map) => asked === this.asked && this.patch({ map }), this.notifications.report);
  }

  readonly drill = (cell: StanceMap['cells'][number] | null): void => {
    this.patch({ cell });
  };
}
