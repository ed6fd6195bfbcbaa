import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { isJsonValue } from '../common';
import type { JsonValue } from '../common';
import { ANSWERED_KEY } from './keptFields';

type Json = Readonly<Record<string, unknown>>;

/** The keys of a relation end Loupe writes, in its order. */
const END_KEYS = ['start', 'end', 'token_start', 'token_end', 'label'] as const;

/**
 * The relations between spans of a record that Loupe would write otherwise than the file
 * has them, kept whole (under `$prodigy.filedRelations`) to be written back as they were
 * while the relation and its spans are unedited: an end whose `token_start` is not its
 * span's (rel.manual wrote the last token's index there for some spans at a text's start),
 * an end with other keys or in another order, `head`/`child` that are not the ends' last tokens.
 * @example filedRelations([{ head: 2, child: 4, head_span: { start: 0, end: 8, token_start: 2, token_end: 2, label: 'GGP' }, … }], spans) → that relation
 */
export function filedRelations(relations: unknown, spans: unknown): JsonValue[] {
  if (!Array.isArray(relations) || !Array.isArray(spans)) return [];
  const objects = spans.filter(isRecord);
  const filed: JsonValue[] = [];
  for (const relation of relations) {
    if (!isRecord(relation) || !isJsonValue(relation)) continue;
    const head = asWritten(relation.head_span, objects);
    const child = asWritten(relation.child_span, objects);
    if (!head || !child) continue;
    const written: Record<string, unknown> = {
      head: head.token_end,
      child: child.token_end,
      head_span: head,
      child_span: child,
    };
    for (const [key, value] of Object.entries(relation))
      if (!Object.hasOwn(written, key) && key !== 'label') setOwn(written, key, value);
    written.label = relation.label;
    if (JSON.stringify(written) !== JSON.stringify(relation)) filed.push(relation);
  }
  return filed;
}

/** A relation end as Loupe writes it from the span it names (its token indices the span's), or null when it names none. */
function asWritten(end: unknown, spans: readonly Json[]): Record<string, unknown> | null {
  if (!isRecord(end)) return null;
  const span = spans.find(
    (s) => s.start === end.start && s.end === end.end && s.label === end.label,
  );
  if (!span) return null;
  const written: Record<string, unknown> = {};
  for (const key of END_KEYS) written[key] = span[key] ?? end[key];
  return written;
}

/**
 * The relations kept whole of a document (see {@link filedRelations}), each taken once by
 * the relation it was: same label, ends at the same offsets with the same labels and last tokens.
 */
export class FiledRelations {
  private readonly left: Json[] = [];

  constructor(metadata: DocumentMetadata | undefined) {
    const kept = metadata?.[ANSWERED_KEY];
    const list = isRecord(kept) ? kept.filedRelations : undefined;
    if (Array.isArray(list)) for (const r of list) if (isRecord(r)) this.left.push(r);
  }

  /** The JSON of the relation kept for this one, or null when there is none. */
  take(label: string, head: End, child: End): string | null {
    if (this.left.length === 0) return null;
    const i = this.left.findIndex(
      (r) => r.label === label && sameEnd(r.head_span, head) && sameEnd(r.child_span, child),
    );
    if (i < 0) return null;
    const [relation] = this.left.splice(i, 1);
    return JSON.stringify(relation);
  }
}

/** A relation end as Loupe writes it. */
interface End {
  readonly start: number;
  readonly end: number;
  readonly token_end: number;
  readonly label: string;
}

function sameEnd(kept: unknown, end: End): boolean {
  return (
    isRecord(kept) &&
    kept.start === end.start &&
    kept.end === end.end &&
    kept.label === end.label &&
    kept.token_end === end.token_end
  );
}
