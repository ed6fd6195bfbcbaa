import type { FormatRelation, Tally } from '../common';
import { UNLABELLED } from './readAnnotation';

/** Why a relation, or a part of it, was not written. */
export const RELATION_REASONS = {
  unwritten: 'relation referring to a span that was not written',
  note: 'relation note',
} as const;

/**
 * One relation result per pair of regions and direction, with every label the pair has
 * (Label Studio holds one relation per pair); an unlabelled one without labels.
 */
export function relationResults(
  relations: readonly FormatRelation[],
  regionOf: ReadonlyMap<string, string>,
  tally: Tally,
  emptyLabels: boolean,
): object[] {
  const byPair = new Map<
    string,
    { from_id: string; to_id: string; type: string; direction: string; labels: string[] }
  >();
  for (const r of relations) {
    const [from, to] = [regionOf.get(r.from), regionOf.get(r.to)];
    if (!from || !to) {
      tally.add(RELATION_REASONS.unwritten);
      continue;
    }
    if (r.note !== undefined) tally.add(RELATION_REASONS.note);
    const direction = r.attributes?.direction === 'bi' ? 'bi' : 'right';
    const key = JSON.stringify([from, to, direction]);
    const known = byPair.get(key) ?? {
      from_id: from,
      to_id: to,
      type: 'relation',
      direction,
      labels: [],
    };
    if (r.type !== UNLABELLED) known.labels.push(r.type);
    byPair.set(key, known);
  }
  // Unlabelled: labels [] as a config with <Relations> writes it, else none (Label Studio 0.x, kiji-proxy).
  return [...byPair.values()].map(({ labels, ...r }) =>
    labels.length > 0 || emptyLabels ? { ...r, labels } : r,
  );
}
