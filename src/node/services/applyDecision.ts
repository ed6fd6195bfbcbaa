import { WorkbenchError } from '../../shared/contract';
import {
  GOLD,
  newId,
  type Holder,
  type Layer,
  type Rejection,
  type Span,
  type Stance,
  type Target,
} from '../../shared/model';
import {
  spanKey,
  spanRejection,
  stanceKey,
  stanceRejection,
  type ReviewDecision,
  type ReviewItem,
  type SpanReviewItem,
  type StanceReviewItem,
} from '../../shared/review';
import { addRejections, liftRejections } from './goldRejections';
import type { TransactionBuilder } from './transactionBuilder';

/** The gold layer's working copy inside one edit step. */
export type GoldCopy = Awaited<ReturnType<TransactionBuilder['layer']>>;

/** Where a decision is applied: the edit step, the gold working copy and the layers it copies from. */
export interface Deciding {
  readonly b: TransactionBuilder;
  readonly documentId: string;
  readonly gold: GoldCopy;
  readonly a: Layer;
  readonly bLayer: Layer;
}

/** What copying into or removing from gold needs: the edit step, the document and the gold working copy. */
export type GoldTarget = Pick<Deciding, 'b' | 'documentId' | 'gold'>;

function spansById(layer: Pick<Layer, 'spans'>): Map<string, Span> {
  return new Map(layer.spans.map((s) => [s.id, s]));
}

/** The gold working copy as a layer's spans and stances, with the rejections it records. */
export function goldView(
  gold: GoldCopy,
): Pick<Layer, 'spans' | 'stances'> & Partial<Pick<Layer, 'rejected'>> {
  const view = { spans: [...gold.spans.values()], stances: [...gold.stances.values()] };
  return gold.rejected ? { ...view, rejected: [...gold.rejected] } : view;
}

function citesSpan(stance: Stance, spanId: string): boolean {
  const refers = (ref: Holder | Target | undefined) =>
    ref?.kind === 'span' && ref.spanId === spanId;
  return stance.evidence.includes(spanId) || refers(stance.holder) || refers(stance.target);
}

/** The gold span equal (label and fragments) to `span`, if gold has one. */
function goldSpanLike(gold: GoldCopy, span: Span): Span | undefined {
  const key = spanKey(span);
  return [...gold.spans.values()].find((g) => spanKey(g) === key);
}

function wants(decision: ReviewDecision): { a: boolean; b: boolean } {
  return {
    a: decision === 'accept_a' || decision === 'accept_both',
    b: decision === 'accept_b' || decision === 'accept_both',
  };
}

/**
 * Makes the gold layer hold what `decision` asks for one item: A's version, B's, both, or
 * neither (reject). Versions are compared by content, never by id, and copied with their ids
 * when gold has those free. Removing a span a gold stance or relation uses is refused. A
 * rejection is recorded in gold for each version; accepting a version lifts its rejection.
 */
export async function applyDecision(
  d: Deciding,
  item: ReviewItem,
  decision: ReviewDecision,
): Promise<void> {
  if (item.kind === 'span') return decideSpan(d, item, decision);
  return decideStance(d, item, decision);
}

/** Makes gold hold exactly the wanted versions of a span item (an agreed item has one version). */
async function decideSpan(
  d: Deciding,
  item: SpanReviewItem,
  decision: ReviewDecision,
): Promise<void> {
  if (item.class === 'gold_only') {
    if (decision === 'reject' && item.goldSpan) await removeGoldSpan(d, item.goldSpan);
    return;
  }
  const want = wants(decision);
  const same = item.a && item.b && spanKey(item.a) === spanKey(item.b);
  if (decision === 'reject') await addRejections(d, spanRejections(d, item));
  const versions: [Span | null, boolean][] = same
    ? [[item.a, want.a || want.b]]
    : [
        [item.a, want.a],
        [item.b, want.b],
      ];
  for (const [span, wanted] of versions) {
    if (!span) continue;
    const present = goldSpanLike(d.gold, span);
    if (wanted) await liftRejections(d, 'span', spanKey(span));
    if (wanted && !present) await copySpan(d, span);
    if (!wanted && present) await removeGoldSpan(d, present);
  }
}

/** The rejection records of a span item's versions, by the annotator of each. */
function spanRejections(d: Deciding, item: SpanReviewItem): Rejection[] {
  return [
    ...(item.a ? [spanRejection(d.a.annotator, item.a)] : []),
    ...(item.b ? [spanRejection(d.bLayer.annotator, item.b)] : []),
  ];
}

/** Copies a span into gold (its id kept when free) unless gold holds an equal one; answers the gold id. */
export async function copySpan(d: GoldTarget, span: Span): Promise<string> {
  const present = goldSpanLike(d.gold, span);
  if (present) return present.id;
  const id = d.gold.spans.has(span.id) ? newId('s') : span.id;
  await d.b.putSpan(d.documentId, id, { ...span, id, updatedAt: d.b.now }, GOLD);
  return id;
}

/** Removes a gold span, refused while a gold stance or relation uses it. */
export async function removeGoldSpan(d: GoldTarget, span: Span): Promise<void> {
  const citing = [...d.gold.stances.values()].find((s) => citesSpan(s, span.id));
  if (citing)
    throw new WorkbenchError(
      'invalid_request',
      `this ${span.label} span is used by a gold stance (${citing.polarity}): reject that stance first`,
    );
  const related = d.gold.original.relations.find((r) => r.from === span.id || r.to === span.id);
  if (related)
    throw new WorkbenchError(
      'invalid_request',
      `this ${span.label} span is an end of the ${related.type} relation in gold: delete that relation first`,
    );
  await d.b.putSpan(d.documentId, span.id, null, GOLD);
}

/** The gold stance equal (place, polarity, holder) to `stance` of a layer with `spans`, if gold has one. */
export function goldStanceLike(
  gold: GoldCopy,
  stance: Stance,
  spans: ReadonlyMap<string, Span>,
): Stance | undefined {
  const goldSpans = spansById(goldView(gold));
  const key = stanceKey(stance, spans);
  return [...gold.stances.values()].find((g) => stanceKey(g, goldSpans) === key);
}

/** Makes gold hold exactly the wanted versions of a stance item, copying the spans they cite. */
async function decideStance(
  d: Deciding,
  item: StanceReviewItem,
  decision: ReviewDecision,
): Promise<void> {
  if (item.class === 'gold_only') {
    if (decision === 'reject' && item.goldStance)
      await d.b.putStance(d.documentId, item.goldStance.stance.id, null, GOLD);
    return;
  }
  const want = wants(decision);
  const versions: [Stance, Layer, boolean][] = [];
  if (item.class === 'agreed' && item.a) versions.push([item.a.stance, d.a, want.a || want.b]);
  else {
    if (item.a) versions.push([item.a.stance, d.a, want.a]);
    if (item.b) versions.push([item.b.stance, d.bLayer, want.b]);
  }
  if (decision === 'reject') await addRejections(d, stanceRejections(d, item));
  for (const [stance, layer, wanted] of versions) {
    const spans = spansById(layer);
    const present = goldStanceLike(d.gold, stance, spans);
    if (wanted) await liftRejections(d, 'stance', stanceKey(stance, spans));
    if (wanted && !present) await copyStance(d, stance, spans);
    if (!wanted && present) await d.b.putStance(d.documentId, present.id, null, GOLD);
  }
}

/** The rejection records of a stance item's versions, by the annotator of each. */
function stanceRejections(d: Deciding, item: StanceReviewItem): Rejection[] {
  const records: Rejection[] = [];
  if (item.a) records.push(stanceRejection(d.a.annotator, item.a.stance, spansById(d.a)));
  if (item.b) records.push(stanceRejection(d.bLayer.annotator, item.b.stance, spansById(d.bLayer)));
  return records;
}

/** Copies a stance into gold with the spans it cites (ids kept when free). */
export async function copyStance(
  d: GoldTarget,
  stance: Stance,
  spans: ReadonlyMap<string, Span>,
): Promise<void> {
  const mapSpan = async (id: string): Promise<string> => {
    const span = spans.get(id);
    if (!span)
      throw new WorkbenchError(
        'invalid_request',
        `a stance (${stance.polarity}) cites a span its layer lacks, so it cannot be copied to gold; run “loupe validate” on the project folder`,
      );
    return copySpan(d, span);
  };
  const mapRef = async <R extends Holder | Target>(ref: R | undefined): Promise<R | undefined> => {
    if (ref?.kind !== 'span') return ref;
    return { ...ref, spanId: await mapSpan(ref.spanId) };
  };
  const evidence: string[] = [];
  for (const id of stance.evidence) evidence.push(await mapSpan(id));
  const holder = await mapRef(stance.holder);
  const target = await mapRef(stance.target);
  const id = d.gold.stances.has(stance.id) ? newId('st') : stance.id;
  const copy: Stance = { ...stance, id, evidence, updatedAt: d.b.now };
  if (holder) copy.holder = holder;
  if (target) copy.target = target;
  await d.b.putStance(d.documentId, id, copy, GOLD);
}
