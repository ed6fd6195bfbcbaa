import type { HandlersOf } from '../../shared/contract';
import type { reviewMethods } from '../../shared/contract/methods/reviewMethods';
import type { OpenProject } from '../openProject';
import { projectAgreement } from '../services/agreementService';

/** Agreement and adjudication. */
export function reviewHandlers(project: OpenProject): HandlersOf<typeof reviewMethods> {
  const services = () => project.services;
  return {
    agreement: (request) => projectAgreement(services().store, request),
    reviewDocument: (request) => services().reviews.review(request),
    adjudicate: (request) => services().reviews.adjudicate(request),
    acceptAllAgreed: (request) => services().reviews.acceptAllAgreed(request),
    panelReview: (request) => services().panels.review(request),
    decideCandidate: (request) => services().panels.decide(request),
    acceptMajority: (request) => services().panels.acceptMajority(request),
  };
}
