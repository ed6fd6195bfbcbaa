import { spanExtent, spansOverlap, type Fragment } from '../spans';
import { fragmentsKey } from './fragmentsKey';
import type { LabeledSpan } from './labeledSpan';
import { maximumMatching } from './maximumMatching';
import { itemAt } from '../collections';

/** `identical`: the same fragments (stacking). `overlapping`: at least one shared code point. */
export type ExtentRelation = 'identical' | 'overlapping';

/** A pair of indices: [reference span, candidate span]. */
export type SpanPair = readonly [number, number];

/**
 * How two annotators' spans of one document pair up, one to one.
 * @example { matched: [[0, 0]], confused: [[1, 2]], unmatchedReference: [2], unmatchedCandidate: [1] }
 */
export interface SpanAlignment {
  /** Same label and related extents: the true positives. */
  readonly matched: readonly SpanPair[];
  /** Related extents but different labels, paired among the spans `matched` left over. */
  readonly confused: readonly SpanPair[];
  readonly unmatchedReference: readonly number[];
  readonly unmatchedCandidate: readonly number[];
}

/**
 * Pairs reference and candidate spans one to one in two rounds: first a maximum
 * matching among same-label pairs whose extents relate, then a maximum matching among
 * the spans still unpaired, regardless of label (confusions). Maximum matching rather
 * than greedy by largest overlap: greedy can give a span the only partner another span
 * had, leaving that one unmatched, and its count then depends on tie-breaks and input
 * order; the maximum is a property of the data alone, and the same in both directions.
 * @example alignSpans([span(0, 5, 'PER')], [span(2, 7, 'PER')], 'overlapping').matched → [[0, 0]]
 */
export function alignSpans(
  reference: readonly LabeledSpan[],
  candidate: readonly LabeledSpan[],
  relation: ExtentRelation,
): SpanAlignment {
  const related =
    relation === 'identical'
      ? identicalPairs(reference, candidate)
      : overlappingPairs(reference, candidate);
  const sameLabel = related.map((cs, r) =>
    cs.filter((c) => candidate[c]?.label === reference[r]?.label),
  );
  const first = maximumMatching(sameLabel, candidate.length);
  const taken = new Array<boolean>(candidate.length).fill(false);
  for (const c of first) if (c >= 0) taken[c] = true;
  const leftover = related.map((cs, r) => (first[r] === -1 ? cs.filter((c) => !taken[c]) : []));
  const second = maximumMatching(leftover, candidate.length);
  for (const c of second) if (c >= 0) taken[c] = true;
  return {
    matched: pairsOf(first),
    confused: pairsOf(second),
    unmatchedReference: first.flatMap((c, r) => (c === -1 && second[r] === -1 ? [r] : [])),
    unmatchedCandidate: taken.flatMap((t, c) => (t ? [] : [c])),
  };
}

function pairsOf(matchOfLeft: readonly number[]): SpanPair[] {
  return matchOfLeft.flatMap((c, r) => (c === -1 ? [] : [[r, c] as const]));
}

/** For each reference span, the candidates with identical fragments, in order. */
function identicalPairs(
  reference: readonly LabeledSpan[],
  candidate: readonly LabeledSpan[],
): number[][] {
  const byKey = new Map<string, number[]>();
  candidate.forEach((s, c) => {
    const key = fragmentsKey(s.fragments);
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  });
  return reference.map((s) => byKey.get(fragmentsKey(s.fragments)) ?? []);
}

interface Sweeping {
  readonly index: number;
  readonly side: 'reference' | 'candidate';
  readonly extent: Fragment;
}

/**
 * For each reference span, the candidates sharing a code point with it, ascending. A
 * sweep over extents keeps only spans still open, so the cost follows the number of
 * nearby spans rather than the product of both sides.
 */
function overlappingPairs(
  reference: readonly LabeledSpan[],
  candidate: readonly LabeledSpan[],
): number[][] {
  const adjacency = reference.map((): number[] => []);
  const sweep: Sweeping[] = [
    ...reference.map((s, index) => ({
      index,
      side: 'reference' as const,
      extent: spanExtent(s.fragments),
    })),
    ...candidate.map((s, index) => ({
      index,
      side: 'candidate' as const,
      extent: spanExtent(s.fragments),
    })),
  ].sort((a, b) => a.extent.start - b.extent.start);
  let openReference: Sweeping[] = [];
  let openCandidate: Sweeping[] = [];
  for (const item of sweep) {
    openReference = openReference.filter((o) => o.extent.end > item.extent.start);
    openCandidate = openCandidate.filter((o) => o.extent.end > item.extent.start);
    if (item.side === 'reference') {
      const r = itemAt(reference, item.index);
      for (const o of openCandidate) {
        if (spansOverlap(r, itemAt(candidate, o.index))) adjacency[item.index]?.push(o.index);
      }
      openReference.push(item);
    } else {
      const c = itemAt(candidate, item.index);
      for (const o of openReference) {
        if (spansOverlap(itemAt(reference, o.index), c)) adjacency[o.index]?.push(item.index);
      }
      openCandidate.push(item);
    }
  }
  for (const list of adjacency) list.sort((a, b) => a - b);
  return adjacency;
}
