import {
  absentRefName,
  type Holder,
  type LabelSchema,
  type Relation,
  type Span,
  type Stance,
  type StanceEnd,
  type Target,
} from '../model';

/** What a span's delete must keep: the document's stances and relations, and how to name them. */
export interface SpanUses {
  readonly stances: readonly Stance[];
  readonly relations: readonly Relation[];
  /** The name of an entity (through merges), or undefined when the registry lacks it. */
  entityName(entityId: string): string | undefined;
  readonly schema: LabelSchema | null;
  /** A span of the document by id (a stance's holder or target may be one). */
  spanOf(spanId: string): Span | undefined;
  textOf(span: Span): string;
}

function refersTo(ref: Holder | Target | undefined, spanId: string): boolean {
  return ref?.kind === 'span' && ref.spanId === spanId;
}

function refName(ref: Holder | Target | undefined, uses: SpanUses, end: StanceEnd): string {
  if (!ref) return absentRefName(end);
  if (ref.kind === 'entity') return uses.entityName(ref.entityId) ?? '?';
  if (ref.kind === 'topic')
    return uses.schema?.topics.find((t) => t.id === ref.topicId)?.name ?? ref.topicId;
  const span = uses.spanOf(ref.spanId);
  return span ? uses.textOf(span) : '?';
}

/**
 * Why a span cannot be deleted as it stands (the workbench refuses to leave a stance or a
 * relation without it), naming the span by its text and the stance by its holder, polarity and
 * target, never by id, and saying what to do; null when nothing uses it.
 * @example spanInUse(pompeo, uses) // '“Pompeo” is the evidence of the stance No named holder AGAINST US troop presence in Iraq: delete that stance first (Stances, beside the text)'
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
    const [holder, target] = [
      refName(stance.holder, uses, 'holder'),
      refName(stance.target, uses, 'target'),
    ];
    const named = `${holder} ${stance.polarity} ${target}`;
    return `${text} is ${role} of the stance ${named}: delete that stance first (Stances, beside the text)`;
  }
  const relation = uses.relations.find((r) => r.from === span.id || r.to === span.id);
  if (!relation) return null;
  return `${text} is an end of the relation ${relation.type}: delete that relation first (Relations, beside the text)`;
}
