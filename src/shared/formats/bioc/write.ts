import {
  heldMetadataKeys,
  KEPT_FOR_ONE_FORMAT,
  Tally,
  tallyUnwritten,
  uniqueFilePath,
} from '../common';
import type { FormatBundle, FormatDocument, FormatFile, WriteResult } from '../common';
import { hasForbidden } from '../common/xmlChars';
import { biocJsonFile, type PlacedBioc } from './biocJsonFile';
import { biocXml, BIOC_PROLOG, nodesXml } from './biocXml';
import type { BiocNode } from './biocTree';
import { keptBiocOf, KEPT_BIOC, type KeptBioc } from './keptBioc';
import { element, writeBiocDocument, type WrittenBioc } from './writeBiocDocument';

/** The file documents made in Loupe (or read from another format) are written to. */
const DEFAULT_FILE = 'collection.xml';

/** The collection's own children Loupe writes before its documents. */
const FRESH_COLLECTION: readonly BiocNode[] = [
  '\n  ',
  element('source', [], ['Loupe']),
  '\n  ',
  element('date', [], []),
  '\n  ',
  element('key', [], []),
  '\n  ',
];

/**
 * Writes BioC XML (BioC JSON for documents read from it, laid out as their file was):
 * documents read from a BioC file go back to a file of that name in the folder it sat in, in their order there, with the collection's source, date, key and infons and every element Loupe does
 * not model as they were; others go to `collection.xml`, one passage each. Spans are
 * annotations (label as the `type` infon, attributes as infons, fragments as locations),
 * relations are relations of two nodes. Entity links, notes, stances, events, equivalence
 * sets and document labels have no place in BioC: they are counted.
 * @example writeBioc(bundle).files → [{ path: 'collection.xml', content: "<?xml version='1.0'…" }]
 */
export function writeBioc(bundle: FormatBundle): WriteResult {
  const tally = new Tally();
  const groups = new Map<string, FormatDocument[]>();
  for (const doc of bundle.documents) {
    const file = keptBiocOf(doc.metadata)?.file ?? DEFAULT_FILE;
    const key = JSON.stringify([doc.folder, file]);
    groups.set(key, [...(groups.get(key) ?? []), doc]);
    tallyUnwritten(doc, tally, [
      'entity link',
      'span note',
      'stance',
      'document label',
      'event',
      'equivalence set',
      ...KEPT_FOR_ONE_FORMAT.filter((kind) => kind !== 'relation kept from a BioC file'),
    ]);
    if (heldMetadataKeys(doc.metadata).some((k) => k !== KEPT_BIOC)) tally.add('document metadata');
    tallyChanged(doc, tally);
  }
  const files: FormatFile[] = [];
  const taken = new Set<string>();
  let spans = 0;
  let relations = 0;
  for (const docs of groups.values()) {
    const [first] = docs;
    if (first === undefined) continue;
    const name = keptBiocOf(first.metadata)?.file ?? DEFAULT_FILE;
    const { content, written } = collectionFile(docs);
    spans += written.reduce((sum, w) => sum + w.spans, 0);
    relations += written.reduce((sum, w) => sum + w.relations, 0);
    tally.add(
      'node of a relation kept from a BioC file naming a deleted annotation (left out)',
      written.reduce((sum, w) => sum + w.droppedNodes, 0),
    );
    tally.add(
      'relation kept from a BioC file whose every node named a deleted annotation (left out)',
      written.reduce((sum, w) => sum + w.droppedRelations, 0),
    );
    files.push({ path: uniqueFilePath(first.folder, name, taken), content });
  }
  return {
    files,
    summary: tally.summary({ documents: bundle.documents.length, spans, stances: 0, relations }),
  };
}

/** What a BioC export writes otherwise than Loupe holds it: counted, not refused. */
function tallyChanged(doc: FormatDocument, tally: Tally): void {
  const json = keptBiocOf(doc.metadata)?.json !== undefined;
  if (!json && hasForbidden(doc.text)) tally.add('character XML 1.0 cannot hold written as U+FFFD');
  tally.add('relation note', doc.relations.filter((r) => r.note !== undefined).length);
  const typed = (values: Readonly<Record<string, unknown>> | undefined) =>
    Object.values(values ?? {}).some((v) => typeof v !== 'string');
  tally.add(
    'number or true/false attribute written as text',
    doc.spans.filter((s) => typed(s.attributes)).length +
      doc.relations.filter((r) => typed(r.attributes)).length,
  );
}

/**
 * One file's collection: the kept prolog and collection head of its first document read from
 * BioC (else Loupe's), then each document in the order its file had it; as BioC JSON laid out
 * as its file was when that document was read from BioC JSON.
 * @example collectionFile([doc]).content.startsWith("<?xml version='1.0'")
 */
export function collectionFile(docs: readonly FormatDocument[]): {
  content: string;
  written: WrittenBioc[];
} {
  const placed = docs
    .map((doc, i) => ({ doc, i, kept: keptBiocOf(doc.metadata) }))
    .sort((a, b) => (a.kept?.index ?? Infinity) - (b.kept?.index ?? Infinity) || a.i - b.i);
  const head = placed.find((p) => p.kept)?.kept ?? null;
  const file = head?.json
    ? biocJsonFile(placed, head.json, head.prolog, head.epilog)
    : collectionXml(placed, head);
  // A file whose every line ended in CRLF was read as an XML or JSON reader reads it (LF).
  return head?.crlf ? { ...file, content: file.content.replace(/\r?\n/g, '\r\n') } : file;
}

function collectionXml(
  placed: readonly PlacedBioc[],
  head: KeptBioc | null,
): { content: string; written: WrittenBioc[] } {
  const parts = [
    head?.prolog ?? BIOC_PROLOG,
    '<collection>',
    nodesXml(head?.collection ?? FRESH_COLLECTION, 1),
  ];
  const written: WrittenBioc[] = [];
  for (const [n, { doc, kept }] of placed.entries()) {
    const done = writeBiocDocument(doc, kept);
    written.push(done);
    parts.push(biocXml(done.element, 1));
    const last = n === placed.length - 1;
    parts.push(nodesXml(kept?.after ?? [last ? '\n' : '\n  '], 1));
  }
  parts.push('</collection>', head?.epilog ?? '\n');
  return { content: parts.join(''), written };
}
