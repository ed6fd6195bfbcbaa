import {
  DECISION_ATTRIBUTE,
  MODEL_ANNOTATOR,
  WorkbenchError,
  type OpenSuggestions,
} from '../../shared/contract';
import { isPredictionLayer } from '../../shared/formats';
import type { ProjectFolder } from '../store';
import { suggestionConfidence } from './suggestionConfidence';

/**
 * A document's open suggestions, one-fragment spans not yet decided on: those of the machine
 * annotator `as` names; without one, those of `model` and of every layer of the document that
 * holds a model's imported predictions (Label Studio's, named after its `model_version`), each
 * naming the layer it is in.
 * @example (await listSuggestions(store, 'a', undefined)).suggestions.map((s) => s.as) → ['model', 'ner-v2']
 */
export async function listSuggestions(
  store: ProjectFolder,
  documentId: string,
  as: string | undefined,
): Promise<OpenSuggestions> {
  if (!store.hasDocument(documentId))
    throw new WorkbenchError('not_found', `no document ${documentId}`);
  const machines = as === undefined ? await machineLayers(store, documentId) : [as];
  const suggestions = [];
  for (const machine of machines) {
    const layer = await store.readLayerShared(documentId, machine);
    for (const s of layer.spans) {
      if (s.attributes?.[DECISION_ATTRIBUTE] !== undefined || s.fragments.length !== 1) continue;
      suggestions.push({
        id: s.id,
        label: s.label,
        start: s.fragments[0]?.start ?? 0,
        end: s.fragments[0]?.end ?? 0,
        confidence: suggestionConfidence(s, layer.metadata),
        as: machine,
      });
    }
  }
  return { as: as ?? MODEL_ANNOTATOR, suggestions };
}

/** `model`, and the annotators whose layer of the document holds a model's imported predictions. */
async function machineLayers(store: ProjectFolder, documentId: string): Promise<string[]> {
  const imported: string[] = [];
  for (const annotator of await store.listAnnotators()) {
    if (annotator === MODEL_ANNOTATOR) continue;
    const layer = await store.readLayerShared(documentId, annotator);
    if (isPredictionLayer(layer.metadata)) imported.push(annotator);
  }
  return [MODEL_ANNOTATOR, ...imported];
}
