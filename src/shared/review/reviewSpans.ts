import { alignSpans } from '../agreement';
import type { Span } from '../model';
import { spanExtent, type Fragment } from '../spans';
import type { GoldState, ReviewClass, SpanReviewItem } from './reviewItem';
import { spanKey } from './reviewKeys';
import { itemAt } from '../collections';

/** Gold's spans and the spans gold records as rejected, by {@link spanKey}. */
interface GoldKeys {
  readonly held: ReadonlySet<string>;
  readonly rejected: ReadonlySet<string>;
}

function goldState(a: Span | null, b: Span | null, gold: GoldKeys): GoldState {
  const inA = a !== null && gold.held.has(spanKey(a));
  const inB = b !== null && gold.held.has(spanKey(b));
  if (inA && inB) return 'both';
  if (a && b && spanKey(a) === spanKey(b)) return inA ? 'both' : openOrRejected([a], gold);
  if (inA) return 'a';
  return inB ? 'b' : openOrRejected([a, b], gold);
}

/** `rejected` when gold records every version present as rejected, else `open`. */
function openOrRejected(versions: (Span | null)[], gold: GoldKeys): GoldState {
  const present = versions.filter((s): s is Span => s !== null);
  const all = present.length > 0 && present.every((s) => gold.rejected.has(spanKey(s)));
  return all ? 'rejected' : 'open';
}

function extentOf(...spans: (Span | null)[]): Fragment {
  return spanExtent(spans.flatMap((s) => s?.fragments ?? []));
}

function item(cls: ReviewClass, a: Span | null, b: Span | null, gold: GoldKeys): SpanReviewItem {
  return {
    id: `span:${a?.id ?? ''}:${b?.id ?? ''}`,
    kind: 'span',
    class: cls,
    gold: goldState(a, b, gold),
    ...extentOf(a, b),
    a,
    b,
    goldSpan: null,
  };
}

/**
 * Merges A's and B's spans into review items: identical spans are `agreed`, identical
 * extents with other labels `label_conflict`; of the rest, overlapping spans of one label are
 * a `boundary_conflict`, of different labels a `label_conflict`; the remainder is `a_only` or
 * `b_only`. Gold spans that are neither A's nor B's become `gold_only` items. An item gold
 * holds no version of is `rejected` when `rejected` (span keys) holds every version it has.
 * @example reviewSpans([span(0, 5, 'PER')], [span(0, 7, 'PER')], [])[0].class === 'boundary_conflict'
 */
export function reviewSpans(
  a: readonly Span[],
  b: readonly Span[],
  gold: readonly Span[],
  rejected: ReadonlySet<string> = new Set(),
): SpanReviewItem[] {
  const goldKeys: GoldKeys = { held: new Set(gold.map(spanKey)), rejected };
  const items: SpanReviewItem[] = [];
  const exact = alignSpans(a, b, 'identical');
  for (const [i, j] of exact.matched)
    items.push(item('agreed', a[i] ?? null, b[j] ?? null, goldKeys));
  for (const [i, j] of exact.confused)
    items.push(item('label_conflict', a[i] ?? null, b[j] ?? null, goldKeys));
  const restA = exact.unmatchedReference.map((i) => itemAt(a, i));
  const restB = exact.unmatchedCandidate.map((j) => itemAt(b, j));
  const near = alignSpans(restA, restB, 'overlapping');
  for (const [i, j] of near.matched)
    items.push(item('boundary_conflict', restA[i] ?? null, restB[j] ?? null, goldKeys));
  for (const [i, j] of near.confused)
    items.push(item('label_conflict', restA[i] ?? null, restB[j] ?? null, goldKeys));
  for (const i of near.unmatchedReference)
    items.push(item('a_only', restA[i] ?? null, null, goldKeys));
  for (const j of near.unmatchedCandidate)
    items.push(item('b_only', null, restB[j] ?? null, goldKeys));
  const used = new Set(
    items
      .flatMap((it) => [it.a, it.b])
      .filter((s): s is Span => s !== null)
      .map(spanKey),
  );
  for (const g of gold) {
    if (used.has(spanKey(g))) continue;
    items.push({
      id: `gold-span:${g.id}`,
      kind: 'span',
      class: 'gold_only',
      gold: 'gold',
      ...extentOf(g),
      a: null,
      b: null,
      goldSpan: g,
    });
  }
  return items;
}
