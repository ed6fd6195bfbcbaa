import type { ImportedDocument, ImportSummary, KindCount } from '../../shared/contract/interchange';
import type { FormatDocument } from '../../shared/formats';
import type { MergeCount } from './mergeDocument';

type Kind = 'spans' | 'relations' | 'stances' | 'events' | 'equivalences' | 'documentLabels';
const KINDS: readonly [Kind, string][] = [
  ['spans', 'spans'],
  ['relations', 'relations'],
  ['stances', 'stances'],
  ['events', 'events'],
  ['equivalences', 'equivalence sets'],
  ['documentLabels', 'document labels'],
];

/**
 * Tallies an import per kind: what the files held (every document read), what was added, and
 * what was already in its layer; the rest of what was read was skipped (listed with reasons).
 * Documents count as the project lists them: a text read in several layers (a Label Studio
 * task's annotation and predictions, a doccano record of two users) is one document.
 * @example const k = new KindCounts(); k.read(doc); k.merged(doc, count, placed); k.list() → [{ kind: 'documents', … }, { kind: 'spans', read: 3, imported: 2, alreadyPresent: 1 }]
 */
export class KindCounts {
  private readonly totals = new Map<string, KindCount>();
  /** Per document written into, by id: how the import first met it. */
  private readonly met = new Map<string, ImportedDocument['outcome']>();
  /** The documents read, by name and text, that found a place and that did not. */
  private readonly placed = new Set<string>();
  private readonly unplaced = new Set<string>();

  read(doc: FormatDocument): void {
    this.add('documents', {});
    for (const [key, kind] of KINDS) this.add(kind, { read: sizeOf(doc, key) });
  }

  /** `doc` went into the document `placed.documentId`, met as `placed.outcome`. */
  merged(
    doc: FormatDocument,
    count: MergeCount,
    placed: Pick<ImportedDocument, 'documentId' | 'outcome'>,
  ): void {
    this.placed.add(identityOf(doc));
    if (!this.met.has(placed.documentId)) this.met.set(placed.documentId, placed.outcome);
    for (const [key, kind] of KINDS)
      this.add(kind, { imported: count[key], alreadyPresent: sizeOf(doc, key) - count[key] });
  }

  /** `doc` was left out (skipped with its reason). */
  skipped(doc: FormatDocument): void {
    this.unplaced.add(identityOf(doc));
  }

  /** The documents written into, each once: new, new versions, and already in the project. */
  documents(): ImportSummary['documentCounts'] {
    const outcomes = [...this.met.values()];
    const of = (outcome: ImportedDocument['outcome']) =>
      outcomes.filter((o) => o === outcome).length;
    return { added: of('added'), newVersions: of('new_version'), alreadyPresent: of('attached') };
  }

  list(): KindCount[] {
    const documents = this.documents();
    const skipped = [...this.unplaced].filter((key) => !this.placed.has(key)).length;
    this.totals.set('documents', {
      kind: 'documents',
      read: this.met.size + skipped,
      imported: documents.added + documents.newVersions,
      alreadyPresent: documents.alreadyPresent,
    });
    return [...this.totals.values()].filter((k) => k.kind === 'documents' || k.read > 0);
  }

  private add(kind: string, by: Partial<Omit<KindCount, 'kind'>>): void {
    const known = this.totals.get(kind) ?? { kind, read: 0, imported: 0, alreadyPresent: 0 };
    this.totals.set(kind, {
      kind,
      read: known.read + (by.read ?? 0),
      imported: known.imported + (by.imported ?? 0),
      alreadyPresent: known.alreadyPresent + (by.alreadyPresent ?? 0),
    });
  }
}

function sizeOf(doc: FormatDocument, key: Kind): number {
  if (key === 'events') return doc.events?.length ?? 0;
  if (key === 'equivalences') return doc.equivalences?.length ?? 0;
  if (key === 'documentLabels') return Object.keys(doc.documentLabels).length;
  return doc[key].length;
}

/** A document read, by its name and text (several layers of one text share it). */
function identityOf(doc: FormatDocument): string {
  return `${doc.name}\u0000${doc.text}`;
}
