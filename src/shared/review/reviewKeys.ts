import { fragmentsKey } from '../agreement';
import type { Holder, Span, Stance, Target } from '../model';
import type { Fragment } from '../spans';

/**
 * Equal for two spans exactly when label and fragments are: the same annotation, whoever made it.
 * @example spanKey(span(0, 5, 'PER')) === 'PER\u00000-5'
 */
export function spanKey(span: Pick<Span, 'label' | 'fragments'>): string {
  return `${span.label}\u0000${fragmentsKey(span.fragments)}`;
}

/**
 * A holder or target by what it points at: offsets for spans, ids for entities and topics.
 * @example refKey({ kind: 'topic', topicId: 'us-troops' }, spans) === 'topic:us-troops'
 */
export function refKey(ref: Holder | Target | undefined, spans: ReadonlyMap<string, Span>): string {
  if (!ref) return '';
  if (ref.kind === 'topic') return `topic:${ref.topicId}`;
  if (ref.kind === 'entity') return `entity:${ref.entityId}`;
  const span = spans.get(ref.spanId);
  return span ? `span:${fragmentsKey(span.fragments)}` : `span-id:${ref.spanId}`;
}

/** The evidence spans' fragments, sorted by offsets; ids that resolve to nothing are left out. */
export function evidenceOf(stance: Stance, spans: ReadonlyMap<string, Span>): Fragment[][] {
  const byKey = new Map<string, Fragment[]>();
  for (const id of stance.evidence) {
    const span = spans.get(id);
    if (span) byKey.set(fragmentsKey(span.fragments), [...span.fragments]);
  }
  return [...byKey]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, fragments]) => fragments);
}

/**
 * Where a stance sits: its evidence offsets and target. Stances of two annotators with the
 * same place are one unit, as in stance agreement.
 * @example stancePlaceKey(stance, spansById) === '8-13\u0000topic:us-troop-presence'
 */
export function stancePlaceKey(stance: Stance, spans: ReadonlyMap<string, Span>): string {
  const evidence = evidenceOf(stance, spans).map(fragmentsKey).join('|');
  return `${evidence}\u0000${refKey(stance.target, spans)}`;
}

/**
 * Equal for two stances exactly when place, polarity and holder are: the same stance.
 * @example stanceKey(stance, spansById) === '8-13\u0000topic:us-troop-presence\u0000AGAINST\u0000entity:e_1'
 */
export function stanceKey(stance: Stance, spans: ReadonlyMap<string, Span>): string {
  return `${stancePlaceKey(stance, spans)}\u0000${stance.polarity}\u0000${refKey(stance.holder, spans)}`;
}
