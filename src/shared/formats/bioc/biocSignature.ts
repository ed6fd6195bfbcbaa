import type { FormatRelation, FormatSpan } from '../common';

/**
 * What a span was read as, in one string: an export writes an annotation element back as it
 * was while its span still has this signature, and anew from the span once it changed.
 * @example spanSignature({ label: 'Gene', fragments: [{ start: 0, end: 4 }] }) === '["Gene",[[0,4]],[]]'
 */
export function spanSignature(
  span: Pick<FormatSpan, 'label' | 'fragments' | 'attributes'>,
): string {
  return JSON.stringify([
    span.label,
    span.fragments.map((f) => [f.start, f.end]),
    sortedAttributes(span.attributes),
  ]);
}

/** What a relation was read as, in one string (see {@link spanSignature}). */
export function relationSignature(relation: FormatRelation): string {
  return JSON.stringify([
    relation.type,
    relation.from,
    relation.to,
    relation.fromRole ?? '',
    relation.toRole ?? '',
    sortedAttributes(relation.attributes),
  ]);
}

function sortedAttributes(
  attributes: Readonly<Record<string, string | number | boolean>> | undefined,
): [string, string][] {
  return Object.entries(attributes ?? {})
    .map(([k, v]): [string, string] => [k, String(v)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
