import type { Layer } from '../../shared/model';

/**
 * Why a layer does not fit its document (null when it does): text hash, fragment offsets
 * within the text's code point length, and references between its own items.
 */
export function checkLayer(layer: Layer, documentHash: string, length: number): string | null {
  if (layer.textHash !== documentHash) {
    return `text hash ${layer.textHash} does not match the document's ${documentHash}`;
  }
  const ids = new Set<string>();
  for (const span of layer.spans) {
    if (ids.has(span.id)) return `span id ${span.id} appears twice`;
    ids.add(span.id);
    const outside = span.fragments.find((f) => f.end > length);
    if (outside)
      return `span ${span.id} [${outside.start}, ${outside.end}) lies outside the text (${length} code points)`;
  }
  for (const relation of layer.relations) {
    if (!ids.has(relation.from) || !ids.has(relation.to))
      return `relation ${relation.id} refers to a missing span`;
  }
  for (const stance of layer.stances) {
    const missing = stance.evidence.find((id) => !ids.has(id));
    if (missing) return `stance ${stance.id} cites missing evidence span ${missing}`;
    if (stance.holder?.kind === 'span' && !ids.has(stance.holder.spanId))
      return `stance ${stance.id} has a missing holder span`;
    if (stance.target?.kind === 'span' && !ids.has(stance.target.spanId))
      return `stance ${stance.id} has a missing target span`;
  }
  return null;
}
