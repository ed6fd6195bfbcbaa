import type { FormatDocument } from './formatDocument';
import type { Tally } from './tally';

/** Kinds of annotation a format may be unable to write. */
export type Unwritten =
  | 'entity link'
  | 'span attributes'
  | 'span note'
  | 'relation'
  | 'stance'
  | 'document label'
  | 'discontinuous span'
  | 'event'
  | 'equivalence set'
  | 'document metadata';

/** What a spans-only format (CoNLL, HF, spans JSONL) leaves out: everything but labeled spans. */
export const BEYOND_SPANS: readonly Unwritten[] = [
  'entity link',
  'span attributes',
  'span note',
  'relation',
  'stance',
  'document label',
  'event',
  'equivalence set',
];

/**
 * Counts in `tally`, under the kind's name, what `doc` holds of each kind the writer drops.
 * @example tallyUnwritten(doc, tally, ['relation', 'stance'])
 */
export function tallyUnwritten(
  doc: FormatDocument,
  tally: Tally,
  kinds: readonly Unwritten[],
): void {
  for (const kind of kinds) tally.add(kind, countOf(doc, kind));
}

function countOf(doc: FormatDocument, kind: Unwritten): number {
  switch (kind) {
    case 'entity link':
      return doc.spans.filter((s) => s.entityId !== undefined).length;
    case 'span attributes':
      return doc.spans.filter((s) => s.attributes && Object.keys(s.attributes).length > 0).length;
    case 'span note':
      return doc.spans.filter((s) => s.note !== undefined).length;
    case 'relation':
      return doc.relations.length;
    case 'stance':
      return doc.stances.length;
    case 'document label':
      return Object.keys(doc.documentLabels).length;
    case 'discontinuous span':
      return doc.spans.filter((s) => s.fragments.length > 1).length;
    case 'event':
      return doc.events?.length ?? 0;
    case 'equivalence set':
      return doc.equivalences?.length ?? 0;
    case 'document metadata':
      return doc.metadata && Object.keys(doc.metadata).length > 0 ? 1 : 0;
  }
}
