import type { LayerChange } from '../../../shared/contract';
import type { Span } from '../../../shared/model';
import type { DocumentState } from './documentState';
import { mergeById } from './mergeById';

/**
 * The open layer once an edit's change to it is taken in; `shown` filters the spans the view
 * keeps out (those a delete took away ahead of its answer).
 */
export function withLayerChange(
  state: DocumentState,
  change: LayerChange,
  shown: (spans: readonly Span[]) => readonly Span[],
): DocumentState {
  return {
    ...state,
    spans: shown(mergeById(state.spans, change.upserted, change.removed)),
    stances: mergeById(state.stances, change.stancesUpserted, change.stancesRemoved),
    relations: mergeById(state.relations, change.relationsUpserted, change.relationsRemoved),
    dismissedNames:
      change.dismissedNames.length === state.dismissedNames.length
        ? state.dismissedNames
        : change.dismissedNames,
    documentLabels: change.documentLabels,
    status: change.status,
  };
}
