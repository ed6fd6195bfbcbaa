import type { Entity, Holder, LabelSchema, Span, Target } from '../../../../../shared/model';

/** What a stance without a holder reads as: the holder list's own choice, heard as it is shown. */
export const NO_HOLDER = 'No named holder';

/** How a holder or target reads in the interface; `absent` when there is none. */
export function refLabel(
  ref: Holder | Target | undefined,
  spans: ReadonlyMap<string, Span>,
  entities: readonly Entity[],
  schema: LabelSchema,
  spanText: (s: Span) => string,
  absent = '(unspecified)',
): string {
  if (!ref) return absent;
  if (ref.kind === 'entity')
    return entities.find((e) => e.id === ref.entityId)?.name ?? ref.entityId;
  if (ref.kind === 'topic')
    return schema.topics.find((t) => t.id === ref.topicId)?.name ?? ref.topicId;
  const span = spans.get(ref.spanId);
  return span ? spanText(span) : '(missing span)';
}
