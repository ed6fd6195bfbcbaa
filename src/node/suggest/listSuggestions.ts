import {
  CONFIDENCE_ATTRIBUTE,
  DECISION_ATTRIBUTE,
  WorkbenchError,
  type OpenSuggestions,
} from '../../shared/contract';
import type { ProjectFolder } from '../store';

/** A document's open suggestions in the machine layer: one-fragment spans not yet decided on. */
export async function listSuggestions(
  store: ProjectFolder,
  documentId: string,
  as: string,
): Promise<OpenSuggestions> {
  if (!store.hasDocument(documentId))
    throw new WorkbenchError('not_found', `no document ${documentId}`);
  const layer = await store.readLayerShared(documentId, as);
  const suggestions = layer.spans
    .filter((s) => s.attributes?.[DECISION_ATTRIBUTE] === undefined && s.fragments.length === 1)
    .map((s) => {
      const confidence = s.attributes?.[CONFIDENCE_ATTRIBUTE];
      return {
        id: s.id,
        label: s.label,
        start: s.fragments[0]?.start ?? 0,
        end: s.fragments[0]?.end ?? 0,
        confidence: typeof confidence === 'number' ? confidence : null,
      };
    });
  return { as, suggestions };
}
