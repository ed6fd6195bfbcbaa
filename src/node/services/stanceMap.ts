import type { StanceMap } from '../../shared/contract';
import {
  documentPath,
  absentRefName,
  type Holder,
  type Layer,
  type Span,
  type StanceEnd,
  type Target,
} from '../../shared/model';
import { createOffsetIndex } from '../../shared/spans';
import type { EntityRegistry, ProjectFolder } from '../store';
import { getOwn, setOwn } from '../../shared/collections';

type Cell = StanceMap['cells'][number];

/** The name a holder or target shows under: its entity's name, a topic's name, the span's text, or its absence. */
function refName(
  ref: Holder | Target | undefined,
  end: StanceEnd,
  spans: Map<string, Span>,
  slice: (s: Span) => string,
  registry: EntityRegistry,
  topics: Map<string, string>,
): string {
  if (!ref) return absentRefName(end);
  if (ref.kind === 'entity') return registry.resolve(ref.entityId)?.name ?? ref.entityId;
  if (ref.kind === 'topic') return topics.get(ref.topicId) ?? ref.topicId;
  const span = spans.get(ref.spanId);
  if (!span) return '(missing span)';
  if (span.entityId) return registry.resolve(span.entityId)?.name ?? slice(span);
  return slice(span);
}

/** Holders × targets over the annotator's whole project, polarity counts per cell, with the evidence behind each. */
export async function stanceMap(
  store: ProjectFolder,
  registry: EntityRegistry,
  annotator: string | null,
): Promise<StanceMap> {
  const topics = new Map(store.manifest.schema.topics.map((t) => [t.id, t.name]));
  const cells = new Map<string, Cell>();
  for (const meta of store.listDocuments()) {
    const layer: Layer | null = annotator
      ? await store.readLayerShared(meta.id, annotator).catch(() => null)
      : null;
    if (!layer || layer.stances.length === 0) continue;
    const text = await store.readText(meta.id);
    const index = createOffsetIndex(text);
    const slice = (s: Span): string =>
      s.fragments.map((f) => text.slice(index.toUtf16(f.start), index.toUtf16(f.end))).join(' … ');
    const spans = new Map(layer.spans.map((s) => [s.id, s]));
    for (const stance of layer.stances) {
      const holder = refName(stance.holder, 'holder', spans, slice, registry, topics);
      const target = refName(stance.target, 'target', spans, slice, registry, topics);
      const key = `${holder}\u0000${target}`;
      const cell = cells.get(key) ?? { holder, target, counts: {}, items: [] };
      setOwn(cell.counts, stance.polarity, (getOwn(cell.counts, stance.polarity) ?? 0) + 1);
      const evidence = stance.evidence
        .map((id) => spans.get(id))
        .filter((s): s is Span => !!s)
        .map(slice)
        .join(' / ');
      cell.items.push({
        documentId: meta.id,
        documentName: documentPath(meta),
        stanceId: stance.id,
        polarity: stance.polarity,
        evidence,
      });
      cells.set(key, cell);
    }
  }
  const all = [...cells.values()];
  const byWeight = (key: 'holder' | 'target') => {
    const totals = new Map<string, number>();
    for (const c of all) totals.set(c[key], (totals.get(c[key]) ?? 0) + c.items.length);
    return [...totals]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([name]) => name);
  };
  return {
    annotator,
    polarities: store.manifest.schema.polarities,
    holders: byWeight('holder'),
    targets: byWeight('target'),
    cells: all,
  };
}
