import type { KindCount } from '../../shared/contract/interchange';
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
 * @example const k = new KindCounts(); k.read(doc); k.merged(doc, count); k.list() → [{ kind: 'documents', … }, { kind: 'spans', read: 3, imported: 2, alreadyPresent: 1 }]
 */
export class KindCounts {
  private readonly totals = new Map<string, KindCount>();

  read(doc: FormatDocument): void {
    this.add('documents', { read: 1 });
    for (const [key, kind] of KINDS) this.add(kind, { read: sizeOf(doc, key) });
  }

  merged(doc: FormatDocument, count: MergeCount, documentIsNew: boolean): void {
    this.add('documents', documentIsNew ? { imported: 1 } : { alreadyPresent: 1 });
    for (const [key, kind] of KINDS)
      this.add(kind, { imported: count[key], alreadyPresent: sizeOf(doc, key) - count[key] });
  }

  list(): KindCount[] {
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
