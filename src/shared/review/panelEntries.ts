import type { PanelCandidate, PanelDocument, PanelStanceCandidate } from './panelCandidate';

/** Anything the panel decides on: a candidate span or a candidate stance. */
export type PanelEntry = PanelCandidate | PanelStanceCandidate;

/** The entries of a panel review in the order the adjudicator walks them: spans, then stances. */
export function panelEntries(
  review: Pick<PanelDocument, 'candidates' | 'stanceCandidates'>,
): PanelEntry[] {
  return [...review.candidates, ...review.stanceCandidates];
}
