import type { PublicApi } from '../../../shared/contract';
import type { PanelDecision, PanelDocument } from '../../../shared/review';
// Its own module, not the index: the first bundle stays free of the review schemas (zod).
import { panelEntries, type PanelEntry } from '../../../shared/review/panelEntries';
import { DecisionListStore, type DecisionListState } from './decisionList';
import type { NotificationsStore } from './notificationsStore';

type Panel = readonly string[];

export type PanelState = DecisionListState<PanelDocument, PanelDecision, Panel>;

/** One document adjudicated among any number of annotators (spans, then stances); every decision writes gold and reloads from the answer. */
export class PanelStore extends DecisionListStore<PanelDocument, PanelEntry, PanelDecision, Panel> {
  constructor(client: PublicApi, notifications: NotificationsStore) {
    super(
      {
        load: (documentId, annotators) =>
          client.panelReview({ documentId, annotators: [...annotators] }),
        decide: (documentId, annotators, candidateId, decision) =>
          client.decideCandidate({
            documentId,
            annotators: [...annotators],
            candidateId,
            decision,
          }),
        decideMany: (documentId, annotators) =>
          client.acceptMajority({ documentId, annotators: [...annotators] }),
        manyDecision: 'accept',
        rejection: 'reject',
        entries: panelEntries,
        isOpen: (candidate) => !candidate.inGold,
        inMany: (candidate) => candidate.majority,
      },
      notifications,
      () => client.undo({}),
      () => client.redo({}),
    );
  }

  /** Accepts every majority candidate gold lacks. */
  acceptMajority(): Promise<void> {
    return this.decideMany();
  }
}
