import type { Holder, Layer, Span, Stance, Target } from '../model';
import { fragmentOf, spanExtent, spansOverlap, type Fragment } from '../spans';
import type { GoldState, ReviewClass, StanceReviewItem, StanceVersion } from './reviewItem';
import { evidenceOf, stanceKey, stancePlaceKey } from './reviewKeys';
import { itemAt } from '../collections';
import { rejectedKeys } from './rejectionKeys';

/** What review reads of a layer (gold's rejections, when it is gold). */
export type ReviewLayer = Pick<Layer, 'spans' | 'stances'> & Partial<Pick<Layer, 'rejected'>>;

/** Readable text for a holder or target: covered text of a span, name of an entity or topic. */
export type DescribeRef = (ref: Holder | Target, spans: ReadonlyMap<string, Span>) => string | null;

interface Side {
  readonly spans: ReadonlyMap<string, Span>;
  readonly stances: readonly Stance[];
}

function sideOf(layer: ReviewLayer): Side {
  return { spans: new Map(layer.spans.map((s) => [s.id, s])), stances: layer.stances };
}

function versionOf(stance: Stance, side: Side, describe: DescribeRef): StanceVersion {
  return {
    stance,
    evidence: evidenceOf(stance, side.spans),
    holder: stance.holder ? describe(stance.holder, side.spans) : null,
    target: stance.target ? describe(stance.target, side.spans) : null,
  };
}

function evidenceOverlaps(x: StanceVersion, y: StanceVersion): boolean {
  return x.evidence.some((f) =>
    y.evidence.some((g) => spansOverlap({ fragments: f }, { fragments: g })),
  );
}

function extentOf(...versions: (StanceVersion | null)[]): Fragment {
  const fragments = versions.flatMap((v) => v?.evidence.flat() ?? []);
  return fragments.length === 0 ? fragmentOf(0, 0) : spanExtent(fragments);
}

/** Pairs A's and B's remaining stances in order by `related`, removing the paired ones from both lists. */
function pairBy(
  restA: StanceVersion[],
  restB: StanceVersion[],
  related: (x: StanceVersion, y: StanceVersion) => boolean,
): [StanceVersion, StanceVersion][] {
  const pairs: [StanceVersion, StanceVersion][] = [];
  for (const x of [...restA]) {
    const j = restB.findIndex((y) => related(x, y));
    if (j < 0) continue;
    pairs.push([x, itemAt(restB, j)]);
    restB.splice(j, 1);
    restA.splice(restA.indexOf(x), 1);
  }
  return pairs;
}

/**
 * Merges A's and B's stances into review items. Stances with the same evidence offsets and
 * target are one unit: `agreed` when polarity and holder match, else `label_conflict`. Of the
 * rest, stances toward one target with overlapping evidence are a `boundary_conflict` (same
 * polarity) or `label_conflict`; the remainder is `a_only` or `b_only`. Gold stances that are
 * neither A's nor B's become `gold_only` items. An item gold holds no version of is `rejected`
 * when gold's rejections cover every version it has.
 * @example reviewStances(amira, omar, gold, describe)[0].class === 'agreed'
 */
export function reviewStances(
  a: ReviewLayer,
  b: ReviewLayer,
  gold: ReviewLayer,
  describe: DescribeRef,
): StanceReviewItem[] {
  const sides = { a: sideOf(a), b: sideOf(b), gold: sideOf(gold) };
  const keyA = (v: StanceVersion) => stanceKey(v.stance, sides.a.spans);
  const keyB = (v: StanceVersion) => stanceKey(v.stance, sides.b.spans);
  const goldKeys = new Set(gold.stances.map((s) => stanceKey(s, sides.gold.spans)));
  const rejected = rejectedKeys(gold.rejected).stances;
  const restA = a.stances.map((s) => versionOf(s, sides.a, describe));
  const restB = b.stances.map((s) => versionOf(s, sides.b, describe));
  const placeA = (v: StanceVersion) => stancePlaceKey(v.stance, sides.a.spans);
  const placeB = (v: StanceVersion) => stancePlaceKey(v.stance, sides.b.spans);
  const targetOf = (key: string) => key.slice(key.indexOf('\u0000'));
  const items: StanceReviewItem[] = [];
  const add = (cls: ReviewClass, x: StanceVersion | null, y: StanceVersion | null) => {
    const inA = x !== null && goldKeys.has(keyA(x));
    const inB = y !== null && goldKeys.has(keyB(y));
    const same = x !== null && y !== null && keyA(x) === keyB(y);
    let state: GoldState = inA && inB ? 'both' : inA ? 'a' : inB ? 'b' : 'open';
    if (same && inA) state = 'both';
    const versions = [x ? keyA(x) : null, y ? keyB(y) : null].filter((k) => k !== null);
    if (state === 'open' && versions.every((k) => rejected.has(k))) state = 'rejected';
    items.push({
      id: `stance:${x?.stance.id ?? ''}:${y?.stance.id ?? ''}`,
      kind: 'stance',
      class: cls,
      gold: state,
      ...extentOf(x, y),
      a: x,
      b: y,
      goldStance: null,
    });
  };
  for (const [x, y] of pairBy(restA, restB, (x, y) => placeA(x) === placeB(y)))
    add(keyA(x) === keyB(y) ? 'agreed' : 'label_conflict', x, y);
  const nearby = (x: StanceVersion, y: StanceVersion) =>
    targetOf(placeA(x)) === targetOf(placeB(y)) && evidenceOverlaps(x, y);
  for (const [x, y] of pairBy(restA, restB, nearby))
    add(x.stance.polarity === y.stance.polarity ? 'boundary_conflict' : 'label_conflict', x, y);
  for (const x of restA) add('a_only', x, null);
  for (const y of restB) add('b_only', null, y);
  const used = new Set(items.flatMap((it) => [it.a ? keyA(it.a) : null, it.b ? keyB(it.b) : null]));
  for (const g of gold.stances) {
    if (used.has(stanceKey(g, sides.gold.spans))) continue;
    const version = versionOf(g, sides.gold, describe);
    items.push({
      id: `gold-stance:${g.id}`,
      kind: 'stance',
      class: 'gold_only',
      gold: 'gold',
      ...extentOf(version),
      a: null,
      b: null,
      goldStance: version,
    });
  }
  return items;
}
