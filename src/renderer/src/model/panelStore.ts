import type { PublicApi } from '../../../shared/contract';
import type { PanelDecision, PanelDocument } from '../../../shared/review';
// Its own module, not the index: the first bundle stays free of the review schemas (zod).
import { panelEntries, type PanelEntry } from '../../../shared/review/panelEntries';
import { DecisionListStore, type DecisionListState } from './decisionList';
import type { NotificationsStore } from './notificationsStore';
import { spanText } from './spanText';

type Panel = readonly string[];

export type PanelState = DecisionListState<PanelDocument, PanelDecision, Panel>;

/** A candidate as heard: 'GPE “Iraq”, 3 of 3' or 'stance Pompeo AGAINST US troops, 2 of 3'. */
function candidateSaid(review: PanelDocument, c: PanelEntry): string {
  const votes = `${c.votes} of ${c.of}`;
  if ('kind' in c) {
    const { holder, stance, target } = c.version;
    return `stance ${[holder, stance.polarity, target].filter(Boolean).join(' ')}, ${votes}`;
  }
  return `${c.span.label} “${spanText(review.document.text, c.span)}”, ${votes}`;
}

/** One document adjudicated among any number of annotators (spans, then stances); every decision writes gold and reloads from the answer. */
export class PanelStore extends DecisionListStore<PanelDocument, PanelEntry, PanelDecision, Panel> {
  constructor(
    client: PublicApi,
    notifications: NotificationsStore,
    announce?: (text: string) => void,
  ) {
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
        isRejected: (candidate) => candidate.rejected,
        entries: panelEntries,
        isOpen: (candidate) => !candidate.inGold && !candidate.rejected,
        // Fewer than all of the panel marked it: someone marked otherwise, or nothing.
        isDisagreement: (candidate) => candidate.votes > 0 && candidate.votes < candidate.of,
        inMany: (candidate) => candidate.majority,
        said: (review, candidate, decision) =>
          `${decision === 'accept' ? 'Accepted' : 'Rejected'} ${candidateSaid(review, candidate)}`,
        manySaid: (count) => `Accepted ${count} majority candidate${count === 1 ? '' : 's'}`,
        entryName: 'Candidate',
      },
      notifications,
      () => client.undo({}),
      () => client.redo({}),
      announce,
    );
  }

  /** Accepts every majority candidate gold lacks. */
  acceptMajority(): Promise<void> {
    return this.decideMany();
  }
}
