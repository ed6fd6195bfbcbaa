import type { Span } from '../../../../shared/model';
import { diffSpans } from '../../../../shared/spans';

/** A change this large is counted again from the start rather than from the last counts. */
const RECOUNT_CHANGES = 1000;

let last: { spans: readonly Span[]; counts: ReadonlyMap<string, number> } | null = null;

function countAll(spans: readonly Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { label } of spans) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/** Whether two counts say the same of every label. */
function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [label, count] of a) if (b.get(label) !== count) return false;
  return true;
}

/**
 * How many spans carry each label. An edit changes a span or two of a list of thousands, so
 * the counts are carried from the last list counted, by what left it and what came (a pass of
 * pointer comparisons), instead of counted again span by span. Counts that did not change (a
 * saved span taking the place of the one drawn before its answer, a note edited) are the same
 * map as before, so the legend renders again only when a count changes.
 * @example labelCounts([person, person, org]).get('PERSON') → 2
 */
export function labelCounts(spans: readonly Span[]): ReadonlyMap<string, number> {
  if (last?.spans === spans) return last.counts;
  let counts: Map<string, number>;
  const diff = last ? diffSpans(last.spans, spans) : null;
  if (last && diff && diff.added.length + diff.removed.length <= RECOUNT_CHANGES) {
    counts = new Map(last.counts);
    for (const span of diff.removed) counts.set(span.label, (counts.get(span.label) ?? 1) - 1);
    for (const span of diff.added) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
  } else counts = countAll(spans);
  last = { spans, counts: last && sameCounts(last.counts, counts) ? last.counts : counts };
  return last.counts;
}
