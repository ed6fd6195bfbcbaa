import { createOffsetIndex } from '../../spans';
import { createEntityLookup, Tally, tallyUnwritten, uniqueFilePath } from '../common';
import type {
  EntityLookup,
  FormatBundle,
  FormatDocument,
  FormatFile,
  WriteOptions,
  WriteResult,
} from '../common';
import { AnnWriter } from './annWriter';
import { annotationConf } from './bratConfig';
import { collectionFilesOf, spansOverlapIn } from './collectionFilesWrite';
import { visualConf } from './visualConf';
import {
  BRAT_KEY,
  fragmentOrdersOf,
  keptLinesOf,
  lineOrderOf,
  typedNotesOf,
} from './fragmentOrders';
import { idsOfOrder, triggerlessOfOrder, triggersOfOrder } from './lineOrder';
import { idsHeldByInvalid, writeInvalidLines } from './invalidLines';
import { keptLineId, writeKeptLines } from './keptLines';
import { KeptNotes } from './keptNotes';
import { KeptTargets, spanHandle } from './keptTargets';
import { writeEvents } from './writeEvents';
import { writeSpan } from './writeSpans';
import type { WrittenSpan } from './writeSpans';
import { writeStances } from './writeStances';

/** brat's configuration files, written beside the documents. */
export const BRAT_CONF_FILES = ['annotation.conf', 'visual.conf'] as const;

/**
 * Writes brat standoff: `<name>.txt` (the text, unchanged) and `<name>.ann` per document, in
 * the document's folder when it has one (see `FormatDocument.folder`: a collection's layout),
 * with spans, attributes, notes, references, events, relations, equivalence sets and
 * stances, plus `annotation.conf` declaring every type used and `visual.conf` with the
 * label colours, or those a brat import kept, with its `tools.conf`, `kb_shortcuts.conf` and
 * README, each back in its folder (see collectionFilesOf). Spans crossing a line break are split into fragments there, as brat does;
 * what refers to something not written is left out and counted.
 * @example writeBrat(bundle).files → [{ path: 'report-1.txt', … }, { path: 'report-1.ann', content: 'T1\tPERSON 0 11\tMike Pompeo\n' }, …]
 */
export function writeBrat(bundle: FormatBundle, options: WriteOptions = {}): WriteResult {
  const tally = new Tally();
  const files: FormatFile[] = [];
  const anns: FormatFile[] = [];
  const taken = new Set<string>();
  const lookup = createEntityLookup(bundle);
  let spans = 0;
  let stances = 0;
  let relations = 0;
  for (const doc of bundle.documents) {
    const name = uniqueFilePath(doc.folder, doc.name, taken);
    const written = writeAnn(doc, lookup, tally);
    const ann = { path: `${name}.ann`, content: written.content };
    files.push({ path: `${name}.txt`, content: doc.text }, ann);
    anns.push(ann);
    spans += written.spans;
    stances += written.stances;
    relations += written.relations;
    tallyUnwritten(doc, tally, [
      'document label',
      'tag kept from a MAE file',
      'relation line kept from a PubTator file',
      'cell kept from a WebAnno TSV file',
      'sentence id kept from a WebAnno TSV file',
    ]);
    if (Object.keys(doc.metadata ?? {}).some((key) => key !== BRAT_KEY))
      tally.add('document metadata');
  }
  const made = {
    annotation: annotationConf(anns, options.eventTypes),
    visual: visualConf(options.styles ?? {}),
    overlapping: spansOverlapIn(bundle.documents),
  };
  const folders = new Set(
    bundle.documents.flatMap((d) => (d.folder === undefined ? [] : [d.folder])),
  );
  const confTaken = new Set<string>();
  const pathOf = (folder: string | undefined, name: string) =>
    uniqueFilePath(folder, name, confTaken);
  files.push(...collectionFilesOf(options.collectionFiles ?? [], made, folders, pathOf, tally));
  return {
    files,
    summary: tally.summary({ documents: bundle.documents.length, spans, stances, relations }),
  };
}

function writeAnn(doc: FormatDocument, lookup: EntityLookup, tally: Tally) {
  const w = new AnnWriter(tally);
  const index = createOffsetIndex(doc.text);
  const written = new Map<string, WrittenSpan>();
  const orders = fragmentOrdersOf(doc.metadata);
  const targets = new KeptTargets(doc);
  const find = (key: string, id: string | undefined) => targets.find(key, id);
  const notes = new KeptNotes(typedNotesOf(doc.metadata), find);
  const kept = keptLinesOf(doc.metadata);
  const keptLines = kept.filter((l) => l.invalid === undefined);
  const invalid = kept.filter((l) => l.invalid !== undefined);
  const { order, spaced, openEnd, blanks } = lineOrderOf(doc.metadata);
  const held = idsHeldByInvalid(invalid, new Set(idsOfOrder(order)));
  const keptIds = new Set([...keptLines.map(keptLineId), ...held]);
  w.reserve(keptIds);
  w.reuse(idsOfOrder(order).filter((id) => !keptIds.has(id)));
  const writtenAs = new Map<string, string>();
  const wrote = (handle: string, as: string) => {
    if (!writtenAs.has(handle)) writtenAs.set(handle, as);
    notes.write(w, handle, as);
  };
  let spans = 0;
  doc.spans.forEach((span, i) => {
    const entity = span.entityId === undefined ? undefined : lookup(doc, span.entityId);
    const result = writeSpan(w, doc.text, index, span, entity, tally, orders);
    if (!result) return;
    spans++;
    written.set(spanHandle(span, i), result);
    wrote(spanHandle(span, i), result.t);
  });
  const relations = writeEvents(w, doc, written, tally, wrote, triggerlessOfOrder(order));
  const stances = writeStances(w, doc, index, written, tally, triggersOfOrder(order));
  tally.add('note kept from a brat file on an annotation that was not written', notes.unwritten);
  const idOf = (key: string, id: string) => {
    const target = find(key, id);
    return target === undefined ? undefined : writtenAs.get(target);
  };
  writeKeptLines(w, keptLines, idOf, tally);
  const fixed = writeInvalidLines(w, invalid, idOf, w.ids(), tally);
  const content = w.content(order, spaced, [...fixed, ...blanks]);
  // A file whose last line had no line break is written back so.
  return { content: openEnd ? content.replace(/\n$/u, '') : content, spans, stances, relations };
}
