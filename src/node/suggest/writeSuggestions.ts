import { CONFIDENCE_ATTRIBUTE, DECISION_ATTRIBUTE } from '../../shared/contract';
import { newId, type Span } from '../../shared/model';
import { fragmentOf } from '../../shared/spans/fragment';
import type { Suggestion } from '../../shared/suggest';
import type { LayerWrite, ProjectFolder } from '../store';

/** A suggestion already decided on (accepted or rejected): kept, and never proposed twice. */
function decided(span: Span): boolean {
  return span.attributes?.[DECISION_ATTRIBUTE] !== undefined;
}

function sameSpan(a: Span, s: Suggestion): boolean {
  const f = a.fragments[0];
  return a.label === s.label && a.fragments.length === 1 && f?.start === s.start && f.end === s.end;
}

/**
 * Writes suggestions into the machine annotator's layers, one commit for all: a document's
 * open suggestions are replaced, decided ones kept (a rejected one is not proposed again).
 */
export async function writeSuggestions(
  store: ProjectFolder,
  as: string,
  suggestions: readonly { readonly id: string; readonly spans: readonly Suggestion[] }[],
  signal?: AbortSignal,
): Promise<number> {
  const now = new Date().toISOString();
  const writes: LayerWrite[] = [];
  let written = 0;
  for (const { id, spans } of suggestions) {
    const { layer, version } = await store.readLayerForEdit(id, as);
    const kept = layer.spans.filter(decided);
    const fresh: Span[] = spans
      .filter((s) => !kept.some((k) => sameSpan(k, s)))
      .map((s) => ({
        id: newId('s'),
        label: s.label,
        fragments: [fragmentOf(s.start, s.end)],
        attributes: { [CONFIDENCE_ATTRIBUTE]: Math.round(s.confidence * 1000) / 1000 },
        author: as,
        createdAt: now,
        updatedAt: now,
      }));
    written += fresh.length;
    writes.push({
      layer: { ...layer, spans: [...kept, ...fresh], updatedAt: now },
      basedOn: version,
    });
  }
  await store.commit({ layers: writes }, signal ? { signal } : {});
  return written;
}
