import {
  absentRefName,
  type Entity,
  type Holder,
  type LabelSchema,
  type Span,
  type StanceEnd,
  type Target,
} from '../../../../../shared/model';

/** How a holder or target reads in the interface; absentRefName's wording when there is none. */
export function refLabel(
  ref: Holder | Target | undefined,
  end: StanceEnd,
  spans: ReadonlyMap<string, Span>,
  entities: readonly Entity[],
  schema: LabelSchema,
  spanText: (s: Span) => string,
): string {
  if (!ref) return absentRefName(end);
  if (ref.kind === 'entity')
    return entities.find((e) => e.id === ref.entityId)?.name ?? ref.entityId;
  if (ref.kind === 'topic')
    return schema.topics.find((t) => t.id === ref.topicId)?.name ?? ref.topicId;
  const span = spans.get(ref.spanId);
  return span ? spanText(span) : '(missing span)';
}
