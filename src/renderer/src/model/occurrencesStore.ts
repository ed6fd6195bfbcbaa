import type { PublicApi, SearchHit } from '../../../shared/contract';
import { itemAt } from '../../../shared/collections';
import type { DocumentStore } from './documentStore';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';

/** What to label everywhere: the text, its label, and an entity to link. */
export interface Propagation {
  readonly documentId: string;
  readonly text: string;
  readonly label: string;
  readonly entityId?: string;
}

export interface OccurrencesState {
  /** The dialog is open for this; null when closed. */
  readonly propagation: Propagation | null;
  readonly scope: 'document' | 'project';
  readonly hits: readonly SearchHit[];
  /** Indexes of the hits to label. */
  readonly chosen: ReadonlySet<number>;
}

/** "Label all occurrences": every match of a span's text, to untick before anything is written. */
export class OccurrencesStore extends Store<OccurrencesState> {
  private asked = 0;

  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
    private readonly document: DocumentStore,
  ) {
    super({ propagation: null, scope: 'document', hits: [], chosen: new Set() });
  }

  open(propagation: Propagation): void {
    this.patch({ propagation, hits: [], chosen: new Set() });
    this.find();
  }

  readonly close = (): void => {
    this.patch({ propagation: null });
  };

  setScope(scope: 'document' | 'project'): void {
    this.patch({ scope });
    this.find();
  }

  toggle(index: number, on: boolean): void {
    const chosen = new Set(this.snapshot.chosen);
    if (on) chosen.add(index);
    else chosen.delete(index);
    this.patch({ chosen });
  }

  /** Hits already carrying the label start unticked. */
  private find(): void {
    const { propagation, scope } = this.snapshot;
    if (!propagation) return;
    const asked = ++this.asked;
    const { text: query, documentId, label } = propagation;
    this.client.searchText({ query, scope, documentId }).then((hits) => {
      if (asked !== this.asked) return;
      const chosen = hits.flatMap((h, i) => (h.labels.includes(label) ? [] : [i]));
      this.patch({ hits, chosen: new Set(chosen) });
    }, this.notifications.report);
  }

  /** Labels every chosen hit in one edit, then closes. */
  async accept(): Promise<void> {
    const { propagation, hits, chosen } = this.snapshot;
    if (!propagation) return;
    const entity = propagation.entityId ? { entityId: propagation.entityId } : {};
    const items = [...chosen]
      .map((i) => itemAt(hits, i))
      .map((h) => ({
        documentId: h.documentId,
        label: propagation.label,
        fragments: [{ start: h.start, end: h.end }],
        ...entity,
      }));
    if (items.length === 0) return this.close();
    if (await this.document.edit(this.client.addSpans({ items }))) this.close();
  }
}
