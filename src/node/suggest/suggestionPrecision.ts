import { setOwn } from '../../shared/collections';
import { DECISION_ATTRIBUTE, type SuggestionPrecision } from '../../shared/contract';
import type { ProjectFolder } from '../store';

/** Per label across the project: suggestions accepted, rejected and still open, and accepted / decided. */
export async function suggestionPrecision(
  store: ProjectFolder,
  as: string,
): Promise<SuggestionPrecision> {
  const counts = new Map<string, { accepted: number; rejected: number; pending: number }>();
  for (const id of await store.layerFilesOf(as)) {
    if (!store.hasDocument(id)) continue;
    for (const span of (await store.readLayerShared(id, as)).spans) {
      const c = counts.get(span.label) ?? { accepted: 0, rejected: 0, pending: 0 };
      const decision = span.attributes?.[DECISION_ATTRIBUTE];
      if (decision === 'accepted') c.accepted++;
      else if (decision === 'rejected') c.rejected++;
      else c.pending++;
      counts.set(span.label, c);
    }
  }
  const byLabel: SuggestionPrecision['byLabel'] = {};
  for (const [label, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const decided = c.accepted + c.rejected;
    setOwn(byLabel, label, { ...c, precision: decided === 0 ? null : c.accepted / decided });
  }
  return { as, byLabel };
}
