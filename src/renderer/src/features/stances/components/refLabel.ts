import type { Entity, Holder, LabelSchema, Span, Target } from '../../../../../shared/model';

/** How a holder or target reads in the interface. */
export function refLabel(
  ref: Holder | Target | undefined,
  spans: ReadonlyMap<string, Span>,
  entities: readonly Entity[],
  schema: LabelSchema,
  spanText: (s: Span) => string,
): string {
  if (!ref) return '(unspecified)';
  if (ref.kind === 'entity')
    return entities.find((e) => e.id === ref.entityId)?.name ?? ref.entityId;
  if (ref.kind === 'topic')
    return schema.topics.find((t) => t.id === ref.topicId)?.name ?? ref.topicId;
  const span = spans.get(ref.spanId);
  return span ? spanText(span) : '(missing span)';
}
