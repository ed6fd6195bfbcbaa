import type { PublicApi } from '../../../shared/contract';
import type {
  ReviewDecision,
  ReviewDocument,
  ReviewItem,
  StanceVersion,
} from '../../../shared/review';
import { DecisionListStore, type DecisionListState } from './decisionList';
import type { NotificationsStore } from './notificationsStore';
import { spanText } from './spanText';

type Pair = readonly [string, string];

export type ReviewState = DecisionListState<ReviewDocument, ReviewDecision, Pair>;

const DECIDED: Record<ReviewDecision, string> = {
  accept_a: "Accepted A's version:",
  accept_b: "Accepted B's version:",
  accept_both: 'Accepted both versions:',
  reject: 'Rejected',
};

/** A stance as heard: "stance Pompeo AGAINST US troop presence in Iraq". */
function stanceSaid(version: StanceVersion): string {
  const parts = [version.holder, version.stance.polarity, version.target].filter(Boolean);
  return `stance ${parts.join(' ')}`;
}

/**
 * An item as heard, in the version the decision takes (A's for a rejection): 'ORG “Mike Pompeo”';
 * both versions when both are taken and they differ: 'PERSON “Mike Pompeo” and ORG “Mike Pompeo”'.
 */
function itemSaid(review: ReviewDocument, item: ReviewItem, decision: ReviewDecision): string {
  if (decision === 'accept_both' && item.a && item.b) {
    const [a, b] = [itemSaid(review, item, 'accept_a'), itemSaid(review, item, 'accept_b')];
    return a === b ? a : `${a} and ${b}`;
  }
  const side = decision === 'accept_b' ? 'b' : 'a';
  if (item.kind === 'span') {
    const span = item[side] ?? item.a ?? item.b ?? item.goldSpan;
    return span ? `${span.label} “${spanText(review.document.text, span)}”` : 'the item';
  }
  const version = item[side] ?? item.a ?? item.b ?? item.goldStance;
  return version ? stanceSaid(version) : 'the stance';
}

/** Whether `decision` accepts the version of an annotator who has none of `item` (it then leaves the item out of gold). */
function versionMissing(item: ReviewItem, decision: ReviewDecision): boolean {
  // A gold-only item has neither version: accepting keeps gold's, as the workbench does.
  if (decision === 'accept_a') return item.a === null && item.b !== null;
  return decision === 'accept_b' && item.b === null && item.a !== null;
}

/** One document in review by two annotators; every decision writes gold and reloads from the answer. */
export class ReviewStore extends DecisionListStore<
  ReviewDocument,
  ReviewItem,
  ReviewDecision,
  Pair
> {
  constructor(
    client: PublicApi,
    notifications: NotificationsStore,
    announce?: (text: string) => void,
  ) {
    super(
      {
        load: (documentId, [a, b]) => client.reviewDocument({ documentId, annotators: [a, b] }),
        decide: (documentId, [a, b], itemId, decision) =>
          client.adjudicate({ documentId, annotators: [a, b], itemId, decision }),
        decideMany: (documentId, [a, b]) =>
          client.acceptAllAgreed({ documentId, annotators: [a, b] }),
        manyDecision: 'accept_a',
        isRejected: (item) => item.gold === 'rejected',
        entries: (review) => review.items,
        isOpen: (item) => item.gold === 'open',
        isDisagreement: (item) => item.class !== 'agreed' && item.class !== 'gold_only',
        inMany: (item) => item.class === 'agreed',
        said: (review, item, decision) =>
          versionMissing(item, decision)
            ? `Accepted ${decision === 'accept_a' ? 'A' : 'B'}'s version: none, so ${itemSaid(review, item, 'reject')} stays out of gold`
            : `${DECIDED[decision]} ${itemSaid(review, item, decision)}`,
        taken: (item, decision) => (versionMissing(item, decision) ? 'reject' : decision),
        manySaid: (count) => `Accepted ${count} agreed item${count === 1 ? '' : 's'}`,
        entryName: 'Item',
      },
      notifications,
      () => client.undo({}),
      () => client.redo({}),
      announce,
    );
  }

  /** Accepts every item both annotators agree on that gold lacks. */
  acceptAllAgreed(): Promise<void> {
    return this.decideMany();
  }
}
