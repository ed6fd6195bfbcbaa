import type { HandlersOf } from '../../shared/contract';
import type { stanceMethods } from '../../shared/contract/methods/stanceMethods';
import type { OpenProject } from '../openProject';
import { planCarryStance } from '../services/carryStance';
import { stanceMap } from '../services/stanceMap';

/** Stances, carry-over and the stance map. */
export function stanceHandlers(project: OpenProject): HandlersOf<typeof stanceMethods> {
  const services = () => project.services;
  return {
    addStance: (request) => services().stances.addStance(request),
    updateStance: (request) => services().stances.updateStance(request),
    deleteStance: (request) => services().stances.deleteStance(request),
    carryStance: (request) => {
      const { session, store } = services();
      return session.run((builder) => planCarryStance(builder, store, request));
    },
    stanceMap: (request) => {
      const { store, registry } = services();
      return stanceMap(store, registry, request.annotator ?? services().currentAnnotator());
    },
  };
}
