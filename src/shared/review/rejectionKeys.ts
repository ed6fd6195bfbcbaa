import { fragmentsKey } from '../agreement';
import type { Rejection, RejectedSpan, RejectedStance, Span, Stance } from '../model';
import { evidenceOf, refKey, spanKey } from './reviewKeys';

/**
 * The record of rejecting an annotator's span: who made it and what it is.
 * @example spanRejection('amira', span).id === 'span:amira:s_3'
 */
export function spanRejection(annotator: string, span: Span): RejectedSpan {
  const fragments = span.fragments.map(({ start, end }) => ({ start, end }));
  const { id, label } = span;
  return { id: `span:${annotator}:${id}`, kind: 'span', annotator, itemId: id, label, fragments };
}

/**
 * The record of rejecting an annotator's stance, its spans resolved by `spans` (its layer's).
 * @example stanceRejection('omar', stance, spansById).evidence // [[{ start: 8, end: 13 }]]
 */
export function stanceRejection(
  annotator: string,
  stance: Stance,
  spans: ReadonlyMap<string, Span>,
): RejectedStance {
  const record: RejectedStance = {
    id: `stance:${annotator}:${stance.id}`,
    kind: 'stance',
    annotator,
    itemId: stance.id,
    polarity: stance.polarity,
    evidence: evidenceOf(stance, spans).map((fs) => fs.map(({ start, end }) => ({ start, end }))),
  };
  if (stance.holder) record.holder = refKey(stance.holder, spans);
  if (stance.target) record.target = refKey(stance.target, spans);
  return record;
}

/**
 * What a rejection matches, compared as review compares: {@link spanKey} for a span,
 * {@link stanceKey} for a stance. Whoever made an equal annotation, it is rejected too.
 * @example rejectionKey(spanRejection('amira', span)) === spanKey(span)
 */
export function rejectionKey(rejection: Rejection): string {
  if (rejection.kind === 'span') return spanKey(rejection);
  const evidence = rejection.evidence.map(fragmentsKey).join('|');
  const { target = '', polarity, holder = '' } = rejection;
  return `${evidence}\u0000${target}\u0000${polarity}\u0000${holder}`;
}

/** The keys of a gold layer's rejections, spans and stances apart (none recorded: empty). */
export function rejectedKeys(rejected: readonly Rejection[] | undefined): {
  readonly spans: ReadonlySet<string>;
  readonly stances: ReadonlySet<string>;
} {
  const list = rejected ?? [];
  const keys = (kind: Rejection['kind']) =>
    new Set(list.filter((r) => r.kind === kind).map(rejectionKey));
  return { spans: keys('span'), stances: keys('stance') };
}
