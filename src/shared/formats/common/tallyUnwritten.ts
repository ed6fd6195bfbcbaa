import type { FormatDocument } from './formatDocument';
import type { Tally } from './tally';
import { isRecord } from '../../collections';
import { KEPT_MAE, keptConllOf } from './keptConll';
import { keptHfOf } from './keptHf';
import {
  KEPT_BIOC,
  KEPT_BRAT,
  KEPT_PUBTATOR,
  KEPT_SPACY_DOCBIN,
  KEPT_SPACY_JSON,
  KEPT_STANCE_TSV,
  KEPT_WEBANNO,
  KEPT_XMI,
} from './keptKeys';

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
  | 'document metadata'
  | 'columns kept from a CoNLL file'
  | 'tag kept from a MAE file'
  | 'cell kept from a WebAnno TSV file'
  | 'sentence id kept from a WebAnno TSV file'
  | 'fields kept from a Hugging Face record'
  | 'relation line kept from a PubTator file'
  | 'cells kept from a stance table row'
  | 'paragraph kept from a spaCy JSON file'
  | 'feature structure kept from an XMI file'
  | 'tokens kept from a spaCy DocBin'
  | 'relation kept from a BioC file'
  | 'line kept from a brat file that was invalid on import';

/** What one format's import kept only to write that format back: every other export leaves it out. */
export const KEPT_FOR_ONE_FORMAT: readonly Unwritten[] = [
  'columns kept from a CoNLL file',
  'fields kept from a Hugging Face record',
  'relation line kept from a PubTator file',
  'paragraph kept from a spaCy JSON file',
  'tokens kept from a spaCy DocBin',
  'tag kept from a MAE file',
  'cell kept from a WebAnno TSV file',
  'sentence id kept from a WebAnno TSV file',
  'cells kept from a stance table row',
  'feature structure kept from an XMI file',
  'relation kept from a BioC file',
  'line kept from a brat file that was invalid on import',
];

/** What the UIMA formats (WebAnno TSV, XMI) leave out beside what other formats kept: their layers hold spans with features and relations. */
export const BEYOND_UIMA_LAYERS: readonly Unwritten[] = [
  'entity link',
  'span note',
  'stance',
  'document label',
  'discontinuous span',
  'event',
  'equivalence set',
];

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
  'tag kept from a MAE file',
  'cell kept from a WebAnno TSV file',
  'sentence id kept from a WebAnno TSV file',
  'fields kept from a Hugging Face record',
  'relation line kept from a PubTator file',
  'cells kept from a stance table row',
  'paragraph kept from a spaCy JSON file',
  'feature structure kept from an XMI file',
  'tokens kept from a spaCy DocBin',
  'relation kept from a BioC file',
  'line kept from a brat file that was invalid on import',
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
  const spans = spanCounts(doc);
  for (const kind of kinds) tally.add(kind, countOf(doc, kind, spans));
}

interface SpanCounts {
  readonly links: number;
  readonly attributes: number;
  readonly notes: number;
}

/** Counts by document: a document is never changed, and an export of an unchanged layer is handed the same one again. */
const counted = new WeakMap<FormatDocument, SpanCounts>();

/** What the spans carry, counted in one pass (a long document has tens of thousands of spans), once per document. */
function spanCounts(doc: FormatDocument): SpanCounts {
  const known = counted.get(doc);
  if (known) return known;
  const counts = countSpans(doc);
  counted.set(doc, counts);
  return counts;
}

function countSpans(doc: FormatDocument): SpanCounts {
  let links = 0;
  let attributes = 0;
  let notes = 0;
  const list = doc.spans;
  // Indexed: the first export in a process runs this unoptimized, where `for…of` costs a call per step.
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (!s) continue;
    if (s.entityId !== undefined) links++;
    if (s.attributes && Object.keys(s.attributes).length > 0) attributes++;
    if (s.note !== undefined) notes++;
  }
  return { links, attributes, notes };
}

function countOf(doc: FormatDocument, kind: Unwritten, spans: SpanCounts): number {
  switch (kind) {
    case 'entity link':
      return spans.links;
    case 'span attributes':
      return spans.attributes;
    case 'span note':
      return spans.notes;
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
    case 'columns kept from a CoNLL file':
      return keptConllOf(doc.metadata)?.kept ? 1 : 0;
    case 'tag kept from a MAE file':
      return keptMaeTags(doc);
    case 'cell kept from a WebAnno TSV file':
      return keptWebanno(doc, 'kept');
    case 'sentence id kept from a WebAnno TSV file':
      return keptWebanno(doc, 'sentenceIds');
    case 'fields kept from a Hugging Face record':
      return keptHfRecords(doc);
    case 'relation line kept from a PubTator file':
      return keptPubtatorRelations(doc);
    case 'cells kept from a stance table row':
      return keptStanceCells(doc);
    case 'paragraph kept from a spaCy JSON file':
      return doc.metadata && KEPT_SPACY_JSON in doc.metadata ? 1 : 0;
    case 'feature structure kept from an XMI file':
      return keptXmiStructures(doc);
    case 'tokens kept from a spaCy DocBin':
      return doc.metadata && KEPT_SPACY_DOCBIN in doc.metadata ? 1 : 0;
    case 'relation kept from a BioC file':
      return keptBiocRelations(doc.metadata?.[KEPT_BIOC], 0);
    case 'line kept from a brat file that was invalid on import':
      return invalidBratLines(doc);
  }
}

/** Lines a brat import left out as invalid (skip invalid) and kept as written: only a brat export writes them back. */
function invalidBratLines(doc: FormatDocument): number {
  const brat = doc.metadata?.[KEPT_BRAT];
  if (!isRecord(brat) || !Array.isArray(brat.keptLines)) return 0;
  return brat.keptLines.filter((l) => isRecord(l) && l.invalid !== undefined).length;
}

/** Relation elements a BioC import kept as written (not read as relations: BC5CDR's between concept IDs): only a BioC export writes them. */
function keptBiocRelations(value: unknown, depth: number): number {
  if (depth > 16) return 0;
  const element = isRecord(value) && isRecord(value.document) ? value.document : value;
  if (!isRecord(element) || !Array.isArray(element.children)) return 0;
  const own = element.name === 'relation' && element.relation === undefined ? 1 : 0;
  return element.children.reduce<number>(
    (n, child) => n + keptBiocRelations(child, depth + 1),
    own,
  );
}

/**
 * Tags a MAE import kept as they were (non-consuming tags, other links): only a MAE export
 * writes them. Document-level tags are not among them: they are the document's labels.
 */
function keptMaeTags(doc: FormatDocument): number {
  const mae = doc.metadata?.[KEPT_MAE];
  if (!isRecord(mae) || !Array.isArray(mae.kept)) return 0;
  return mae.kept.length - (Array.isArray(mae.documentLevel) ? mae.documentLevel.length : 0);
}

/**
 * Cells (chains, slots, per-token text layers) or `#Sentence.id=` lines a WebAnno TSV import
 * kept as they were: no export writes the cells yet; only a WebAnno export writes the ids
 * (before the sentences that still span what theirs did) and counts the others itself.
 */
function keptWebanno(doc: FormatDocument, what: 'kept' | 'sentenceIds'): number {
  const webanno = doc.metadata?.[KEPT_WEBANNO];
  if (!isRecord(webanno)) return 0;
  const list = webanno[what];
  return Array.isArray(list) ? list.length : 0;
}

/** Records a Hugging Face import kept fields of (`id`, `pos_tags`, …): only an HF export writes them back. */
function keptHfRecords(doc: FormatDocument): number {
  const kept = keptHfOf(doc.metadata);
  if (!kept) return 0;
  let records = 0;
  for (const record of kept.records) if (Object.keys(record.fields).length > 0) records++;
  return records;
}

/** Relation lines a PubTator import kept (between concept IDs, not spans): only a PubTator export writes them back. */
function keptPubtatorRelations(doc: FormatDocument): number {
  const pubtator = doc.metadata?.[KEPT_PUBTATOR];
  return isRecord(pubtator) && Array.isArray(pubtator.relations) ? pubtator.relations.length : 0;
}

/** Cells of a stance table row kept beside the stance (`ID`, `Opinion Towards`, …): only the stance TSV export writes them. */
function keptStanceCells(doc: FormatDocument): number {
  const kept = doc.metadata?.[KEPT_STANCE_TSV];
  return isRecord(kept) && isRecord(kept.cells)
    ? Object.values(kept.cells).filter((v) => v !== '').length
    : 0;
}

/**
 * Feature structures an XMI import kept as they were, beside the spans and relations Loupe
 * read (tokens, sentences, chains, dependencies, metadata; not the sofa, its view or NULL):
 * only an XMI export writes them back.
 */
function keptXmiStructures(doc: FormatDocument): number {
  const kept = doc.metadata?.[KEPT_XMI];
  if (!isRecord(kept) || !Array.isArray(kept.elements)) return 0;
  let count = 0;
  for (const item of kept.elements) {
    if (!Array.isArray(item) || item.length !== 2 || typeof item[1] !== 'string') continue;
    if (!/^<[\w.-]+:(NULL|Sofa|View)[\s/>]/.test(item[1])) count++;
  }
  return count;
}
