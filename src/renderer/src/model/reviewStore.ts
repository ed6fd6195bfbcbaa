import type { PublicApi } from '../../../shared/contract';
import type { ReviewDecision, ReviewDocument, ReviewItem } from '../../../shared/review';
import type { NotificationsStore } from './notificationsStore';
import { rejectedItems, type ReviewStep } from './rejectedItems';
import { keptSelection, steppedSelection } from './decisionList';
import { Store } from './store';

export interface ReviewState {
  /** The document in review and the two annotators compared; null when no review is shown. */
  readonly documentId: string | null;
  readonly annotators: readonly [string, string] | null;
  readonly review: ReviewDocument | null;
  readonly selectedId: string | null;
  /** Steps of this visit, for undo and redo. */
  readonly done: readonly ReviewStep[];
  readonly undone: readonly ReviewStep[];
  /**
   * Items rejected in this visit whose gold is still empty. A rejection leaves nothing in gold,
   * so only this view can tell a rejected item from an undecided one.
   */
  readonly rejected: ReadonlySet<string>;
}

const CLOSED: ReviewState = {
  documentId: null,
  annotators: null,
  review: null,
  selectedId: null,
  done: [],
  undone: [],
  rejected: new Set(),
};

/** The next undecided item after `from` (wrapping), else the item at `from`. */
function nextOpen(
  items: readonly ReviewItem[],
  from: number,
  rejected: ReadonlySet<string>,
): ReviewItem | undefined {
  for (let i = 1; i <= items.length; i++) {
    const item = items[(from + i) % items.length];
    if (item?.gold === 'open' && !rejected.has(item.id)) return item;
  }
  return items[from];
}

/** One document in review by two annotators; every decision writes gold and reloads from the answer. */
export class ReviewStore extends Store<ReviewState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
  ) {
    super(CLOSED);
  }

  private request(): { documentId: string; annotators: [string, string] } | null {
    const { documentId, annotators } = this.snapshot;
    return documentId && annotators ? { documentId, annotators: [...annotators] } : null;
  }

  private take(review: ReviewDocument, steps: Partial<ReviewState> = {}): void {
    const next = { ...this.snapshot, ...steps, review };
    const rejected = rejectedItems(next.done, review.items);
    const selectedId = keptSelection(review.items, next.selectedId, (i) => i.gold === 'open');
    this.set({ ...next, rejected, selectedId });
  }

  /** Shows the review of a document by two annotators. */
  start(documentId: string, annotators: readonly [string, string]): void {
    this.set({ ...CLOSED, documentId, annotators });
    this.reload().catch(this.notifications.report);
  }

  stop(): void {
    this.set(CLOSED);
  }

  async reload(): Promise<void> {
    const request = this.request();
    if (request) this.take(await this.client.reviewDocument(request));
  }

  readonly select = (itemId: string): void => {
    this.patch({ selectedId: itemId });
  };

  /** Moves the selection by `step` items, stopping at either end. */
  move(step: number): void {
    const items = this.snapshot.review?.items ?? [];
    const next = steppedSelection(items, this.snapshot.selectedId, step);
    if (next) this.select(next);
  }

  /** Decides an item (the selected one by default), then selects the next undecided one. */
  async decide(decision: ReviewDecision, itemId = this.snapshot.selectedId): Promise<void> {
    const request = this.request();
    const items = this.snapshot.review?.items ?? [];
    const item = items.find((i) => i.id === itemId);
    if (!request || !item) return;
    const review = await this.client.adjudicate({ ...request, itemId: item.id, decision });
    const done = [...this.snapshot.done, { itemId: item.id, decision }];
    this.take(review, { done, undone: [] });
    this.select(nextOpen(items, items.indexOf(item), this.snapshot.rejected)?.id ?? item.id);
  }

  async acceptAllAgreed(): Promise<void> {
    const request = this.request();
    if (!request) return;
    // The workbench makes no step when nothing agreed is open; neither does this view.
    const items = this.snapshot.review?.items ?? [];
    const any = items.some((i) => i.class === 'agreed' && i.gold === 'open');
    const review = await this.client.acceptAllAgreed(request);
    const step: ReviewStep = { itemId: '*', decision: 'accept_a' };
    this.take(review, any ? { done: [...this.snapshot.done, step], undone: [] } : {});
  }

  async undo(): Promise<void> {
    await this.client.undo({});
    const { done, undone } = this.snapshot;
    const last = done.at(-1);
    const steps = last ? { done: done.slice(0, -1), undone: [...undone, last] } : {};
    const request = this.request();
    if (request) this.take(await this.client.reviewDocument(request), steps);
  }

  async redo(): Promise<void> {
    await this.client.redo({});
    const { done, undone } = this.snapshot;
    const next = undone.at(-1);
    const steps = next ? { undone: undone.slice(0, -1), done: [...done, next] } : {};
    const request = this.request();
    if (request) this.take(await this.client.reviewDocument(request), steps);
  }

  /** Runs a review action, reporting a failure. */
  readonly run = (action: Promise<void>): void => {
    action.catch(this.notifications.report);
  };
}
