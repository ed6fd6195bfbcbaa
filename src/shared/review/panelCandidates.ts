import { fragmentsKey } from '../agreement';
import { itemAt } from '../collections';
import type { Span } from '../model';
import { spanExtent, spansOverlap } from '../spans';
import type { PanelCandidate } from './panelCandidate';
import { spanKey } from './reviewKeys';

/** One annotator's spans, under the annotator's name. */
export interface PanelLayer {
  readonly annotator: string;
  readonly spans: readonly Span[];
}

/** A candidate's id: its label and fragments, readable in a command line. */
export function candidateId(span: Pick<Span, 'label' | 'fragments'>): string {
  return `${span.label}@${fragmentsKey(span.fragments)}`;
}

interface Gathered {
  span: Span;
  annotators: string[];
}

/**
 * Every distinct span the panel marked, each with who marked it ("2 of 3: alice, bob"),
 * whether more than half did, whether gold holds it or records it as rejected (`rejected`:
 * span keys), and which other candidates it overlaps;
 * then gold's spans nobody marked. In text order (start, longer first, label).
 * @example panelCandidates([{ annotator: 'alice', spans: [span(0, 5, 'PER')] }, { annotator: 'bob', spans: [span(0, 5, 'PER')] }], [])[0].votes === 2
 */
export function panelCandidates(
  layers: readonly PanelLayer[],
  gold: readonly Span[],
  rejected: ReadonlySet<string> = new Set(),
): PanelCandidate[] {
  const byKey = new Map<string, Gathered>();
  for (const layer of layers) {
    for (const span of layer.spans) {
      const key = spanKey(span);
      const at = byKey.get(key);
      if (!at) byKey.set(key, { span, annotators: [layer.annotator] });
      else if (!at.annotators.includes(layer.annotator)) at.annotators.push(layer.annotator);
    }
  }
  for (const span of gold) {
    const key = spanKey(span);
    if (!byKey.has(key)) byKey.set(key, { span, annotators: [] });
  }
  const goldKeys = new Set(gold.map(spanKey));
  const of = layers.length;
  const gathered = [...byKey.entries()].map(([key, g]) => ({
    key,
    ...g,
    extent: spanExtent(g.span.fragments),
  }));
  gathered.sort(
    (x, y) =>
      x.extent.start - y.extent.start ||
      y.extent.end - x.extent.end ||
      x.span.label.localeCompare(y.span.label) ||
      x.key.localeCompare(y.key),
  );
  const rivals = gathered.map((): string[] => []);
  // Sorted by start: only candidates starting before one's end can overlap it.
  gathered.forEach((g, i) => {
    for (let j = i + 1; j < gathered.length; j++) {
      const o = itemAt(gathered, j);
      if (o.extent.start >= g.extent.end) break;
      if (!spansOverlap(o.span, g.span)) continue;
      rivals[i]?.push(candidateId(o.span));
      rivals[j]?.push(candidateId(g.span));
    }
  });
  return gathered.map((g, i) => ({
    id: candidateId(g.span),
    span: g.span,
    annotators: g.annotators,
    votes: g.annotators.length,
    of,
    majority: g.annotators.length * 2 > of,
    inGold: goldKeys.has(g.key),
    rejected: !goldKeys.has(g.key) && rejected.has(g.key),
    rivals: rivals[i] ?? [],
    start: g.extent.start,
    end: g.extent.end,
  }));
}

/**
 * Who marked a candidate, as a reviewer reads it.
 * @example describeVotes({ votes: 2, of: 3, annotators: ['alice', 'bob'] }) === '2 of 3: alice, bob'
 */
export function describeVotes(c: Pick<PanelCandidate, 'votes' | 'of' | 'annotators'>): string {
  if (c.votes === 0) return `0 of ${c.of}: gold only`;
  return `${c.votes} of ${c.of}: ${c.annotators.join(', ')}`;
}
