export * from './reviewItem';
export * from './reviewDocument';
export * from './reviewKeys';
export { reviewSpans } from './reviewSpans';
export { reviewStances, type DescribeRef, type ReviewLayer } from './reviewStances';
export { buildReview } from './buildReview';
export * from './panelCandidate';
export { panelCandidates, candidateId, describeVotes, type PanelLayer } from './panelCandidates';
export {
  panelStanceCandidates,
  stanceCandidateId,
  type PanelStanceLayer,
} from './panelStanceCandidates';
export { panelEntries, type PanelEntry } from './panelEntries';
export { spanRejection, stanceRejection, rejectionKey, rejectedKeys } from './rejectionKeys';
