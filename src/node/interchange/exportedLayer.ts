import type { Layer } from '../../shared/model';
import { isRejectedSuggestion, withoutRejected } from '../../shared/suggest';

/**
 * What an export takes from one layer value: the layer with or without its rejected
 * suggestions, how many were left out, the labels its spans carry and whether anything in it
 * links to the entity registry (then its exported document depends on the registry too).
 */
export interface ExportedLayer {
  readonly layer: Layer;
  /** The layer's rejected suggestions: left out of `layer`, unless `includeRejected` kept them. */
  readonly rejected: number;
  /** The labels of the spans kept, each once, in the order first met. */
  readonly labels: readonly string[];
  readonly linked: boolean;
}

/**
 * Worked out once per layer value and remembered while it lives: a layer is never changed
 * (an edit makes a new value), and the store hands out the same value while its files are
 * unchanged, so exporting a project again walks only the spans of the layers that changed.
 */
const kept = new WeakMap<Layer, ExportedLayer>();
const withRejected = new WeakMap<Layer, ExportedLayer>();

/**
 * The layer as an export takes it (rejected suggestions left out unless `includeRejected`).
 * @example exportedLayer(layer, false).labels → ['GPE', 'PERSON']
 */
export function exportedLayer(layer: Layer, includeRejected: boolean): ExportedLayer {
  const memo = includeRejected ? withRejected : kept;
  const known = memo.get(layer);
  if (known) return known;
  const result = includeRejected
    ? { layer, rejected: layer.spans.filter(isRejectedSuggestion).length }
    : withoutRejected(layer);
  const labels = new Set<string>();
  let linked = false;
  const spans = result.layer.spans;
  // Indexed: the first export in a process runs this unoptimized, where `for…of` costs a call per step.
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (!span) continue;
    labels.add(span.label);
    if (span.entityId !== undefined) linked = true;
  }
  for (const stance of result.layer.stances)
    if (stance.holder?.kind === 'entity' || stance.target?.kind === 'entity') linked = true;
  const exported = { ...result, labels: [...labels], linked };
  memo.set(layer, exported);
  return exported;
}
