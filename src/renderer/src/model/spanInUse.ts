import type {
  Entity,
  Holder,
  LabelSchema,
  Relation,
  Span,
  Stance,
  Target,
} from '../../../shared/model';

/** What a span's delete must keep: the document's stances and relations, and how to name them. */
export interface SpanUses {
  readonly stances: readonly Stance[];
  readonly relations: readonly Relation[];
  readonly entities: readonly Entity[];
  readonly schema: LabelSchema | null;
  readonly spans: readonly Span[];
  textOf(span: Span): string;
}

function refersTo(ref: Holder | Target | undefined, spanId: string): boolean {
  return ref?.kind === 'span' && ref.spanId === spanId;
}

function refName(ref: Holder | Target | undefined, uses: SpanUses): string {
  if (!ref) return '(unspecified)';
  if (ref.kind === 'entity') return uses.entities.find((e) => e.id === ref.entityId)?.name ?? '?';
  if (ref.kind === 'topic')
    return uses.schema?.topics.find((t) => t.id === ref.topicId)?.name ?? ref.topicId;
  const span = uses.spans.find((s) => s.id === ref.spanId);
  return span ? uses.textOf(span) : '?';
}

/**
 * Why a span cannot be deleted as it stands (the workbench refuses to leave a stance or a
 * relation without it), in words that say what to do; null when nothing uses it.
 * @example spanInUse(pompeo, uses) // '“Pompeo” is the evidence of the stance (unspecified) AGAINST US troop presence in Iraq: delete that stance first (Stances, beside the text). Nothing was changed.'
 */
export function spanInUse(span: Span, uses: SpanUses): string | null {
  const text = `“${uses.textOf(span)}”`;
  for (const stance of uses.stances) {
    const role = stance.evidence.includes(span.id)
      ? 'the evidence'
      : refersTo(stance.holder, span.id)
        ? 'the holder'
        : refersTo(stance.target, span.id)
          ? 'the target'
          : null;
    if (!role) continue;
    const named = `${refName(stance.holder, uses)} ${stance.polarity} ${refName(stance.target, uses)}`;
    return `${text} is ${role} of the stance ${named}: delete that stance first (Stances, beside the text). Nothing was changed.`;
  }
  const relation = uses.relations.find((r) => r.from === span.id || r.to === span.id);
  if (!relation) return null;
  return `${text} is an end of the relation ${relation.type}: delete that relation first (Relations, beside the text). Nothing was changed.`;
}
