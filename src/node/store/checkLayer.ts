import type { Layer, Span } from '../../shared/model';

/** What an edit knows about a checked layer: the spans it changed and every span id (unique by construction). */
export interface CheckedSpans {
  readonly changed: readonly Span[];
  readonly ids: { has(id: string): boolean };
}

/**
 * Why a layer does not fit its document (null when it does): text hash, fragment offsets
 * within the text's code point length, and references between its own items. With `known`
 * (an edit of a layer that fitted), only the changed spans' offsets are checked, not all.
 */
export function checkLayer(
  layer: Layer,
  documentHash: string,
  length: number,
  known?: CheckedSpans,
): string | null {
  if (layer.textHash !== documentHash) {
    return `text hash ${layer.textHash} does not match the document's ${documentHash}`;
  }
  const seen = new Set<string>();
  const ids = known?.ids ?? seen;
  for (const span of known?.changed ?? layer.spans) {
    if (!known) {
      if (seen.has(span.id)) return `span id ${span.id} appears twice`;
      seen.add(span.id);
    }
    const outside = span.fragments.find((f) => f.end > length);
    if (outside)
      return `span ${span.id} [${outside.start}, ${outside.end}) lies outside the text (${length} code points)`;
  }
  const events = new Set((layer.events ?? []).map((e) => e.id));
  for (const event of layer.events ?? []) {
    if (!ids.has(event.trigger)) return `event ${event.id} has a missing trigger span`;
    const missing = event.arguments.find((a) => !ids.has(a.ref) && !events.has(a.ref));
    if (missing) return `event ${event.id} refers to a missing span or event ${missing.ref}`;
  }
  for (const relation of layer.relations) {
    const known = (id: string) => ids.has(id) || events.has(id);
    if (!known(relation.from) || !known(relation.to))
      return `relation ${relation.id} refers to a missing span`;
  }
  for (const set of layer.equivalences ?? []) {
    const missing = set.members.find((id) => !ids.has(id));
    if (missing) return `${set.type} set refers to a missing span ${missing}`;
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
