import type { PublicApi } from '../../../shared/contract';
import type { ReviewDecision, ReviewDocument, ReviewItem } from '../../../shared/review';
import { DecisionListStore, type DecisionListState } from './decisionList';
import type { NotificationsStore } from './notificationsStore';

type Pair = readonly [string, string];

export type ReviewState = DecisionListState<ReviewDocument, ReviewDecision, Pair>;

/** One document in review by two annotators; every decision writes gold and reloads from the answer. */
export class ReviewStore extends DecisionListStore<
  ReviewDocument,
  ReviewItem,
  ReviewDecision,
  Pair
> {
  constructor(client: PublicApi, notifications: NotificationsStore) {
    super(
      {
        load: (documentId, [a, b]) => client.reviewDocument({ documentId, annotators: [a, b] }),
        decide: (documentId, [a, b], itemId, decision) =>
          client.adjudicate({ documentId, annotators: [a, b], itemId, decision }),
        decideMany: (documentId, [a, b]) =>
          client.acceptAllAgreed({ documentId, annotators: [a, b] }),
        manyDecision: 'accept_a',
        rejection: 'reject',
        entries: (review) => review.items,
        isOpen: (item) => item.gold === 'open',
        inMany: (item) => item.class === 'agreed',
      },
      notifications,
      () => client.undo({}),
      () => client.redo({}),
    );
  }

  /** Accepts every item both annotators agree on that gold lacks. */
  acceptAllAgreed(): Promise<void> {
    return this.decideMany();
  }
}
