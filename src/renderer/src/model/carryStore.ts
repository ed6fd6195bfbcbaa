import type { Passage, PublicApi } from '../../../shared/contract';
import { itemAt } from '../../../shared/collections';
import type { Stance } from '../../../shared/model';
import type { DocumentStore } from './documentStore';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

export interface CarryState {
  readonly documentId: string;
  /** The stance to carry; null when the dialog is closed. */
  readonly stance: Stance | null;
  /** Near-identical passages of its evidence elsewhere; null while looking. */
  readonly passages: readonly Passage[] | null;
  readonly chosen: ReadonlySet<number>;
}

/** Carrying a stance to other documents that repeat its evidence. */
export class CarryStore extends Store<CarryState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
    private readonly document: DocumentStore,
  ) {
    super({ documentId: '', stance: null, passages: null, chosen: new Set() });
  }

  open(documentId: string, stance: Stance): void {
    this.set({ documentId, stance, passages: null, chosen: new Set() });
    const spanId = itemAt(stance.evidence, 0);
    this.client.similarPassages({ documentId, spanId }).then((passages) => {
      if (this.snapshot.stance !== stance) return;
      this.patch({ passages, chosen: new Set(passages.map((_, i) => i)) });
    }, this.notifications.report);
  }

  readonly close = (): void => {
    this.patch({ stance: null });
  };

  toggle(index: number, on: boolean): void {
    const chosen = new Set(this.snapshot.chosen);
    if (on) chosen.add(index);
    else chosen.delete(index);
    this.patch({ chosen });
  }

  /** Carries the stance to each chosen passage, one edit each, then closes. */
  async carry(): Promise<void> {
    const { documentId, stance, passages, chosen } = this.snapshot;
    if (!stance || !passages) return;
    for (const i of [...chosen].sort()) {
      const p = itemAt(passages, i);
      const to = { documentId: p.documentId, start: p.start, end: p.end };
      const done = await this.document.edit(
        this.client.carryStance({ documentId, stanceId: stance.id, to }),
      );
      if (!done) return;
    }
    this.close();
  }
}
