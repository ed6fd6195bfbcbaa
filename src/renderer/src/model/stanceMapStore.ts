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

  /** The cell last drilled into, of whose map: the map drawn again of them opens it again. */
  private last: {
    readonly annotator: string | null;
    readonly holder: string;
    readonly target: string;
  } | null = null;

  /**
   * Draws the map of `annotator`'s stances; of the user's own when none is named. The cell
   * last drilled into in their map is drilled into again (the user comes back to it).
   */
  load(annotator?: string): void {
    this.patch({ cell: null });
    const request = annotator === undefined ? {} : { annotator };
    const asked = ++this.asked;
    this.client.stanceMap(request).then((map) => {
      if (asked !== this.asked) return;
      const { last } = this;
      const cell =
        last && last.annotator === map.annotator
          ? (map.cells.find((c) => c.holder === last.holder && c.target === last.target) ?? null)
          : null;
      this.patch({ map, cell });
    }, this.notifications.report);
  }

  readonly drill = (cell: StanceMap['cells'][number] | null): void => {
    const annotator = this.snapshot.map?.annotator ?? null;
    this.last = cell ? { annotator, holder: cell.holder, target: cell.target } : null;
    this.patch({ cell });
  };
}
