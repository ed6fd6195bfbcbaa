import {
  BEYOND_UIMA_LAYERS,
  KEPT_FOR_ONE_FORMAT,
  Tally,
  tallyUnwritten,
  uniqueFilePath,
} from '../common';
import type { FormatBundle, FormatFile, WriteResult } from '../common';
import { webannoDocumentTsv } from './writeWebannoDocument';

const SENTENCE_ID = 'sentence id kept from a WebAnno TSV file';
const KEPT_CELL = 'cell kept from a WebAnno TSV file';

/**
 * Writes each document as a WebAnno TSV 3.3 file `<name>.tsv`, in its folder
 * (`FormatDocument.folder`), that INCEpTION and WebAnno
 * import: spans in span layers (the `layer` attribute, else named entities; the label in the
 * layer's first feature, other attributes as features), relations between spans of one layer
 * in relation layers. What TSV cannot hold (discontinuous spans, entity links, notes, stances,
 * events, document labels, a file's own fields, and the cells a WebAnno import kept: slots,
 * lemmas; its chains go back on the rows covering theirs) is counted.
 * The `#Sentence.id=` lines a WebAnno import kept go back before their sentences; one whose
 * sentence Loupe splits otherwise is counted.
 * @example writeWebanno(bundle).files[0]?.path === 'report-1.tsv'
 */
export function writeWebanno(bundle: FormatBundle): WriteResult {
  const tally = new Tally();
  const taken = new Set<string>();
  const files: FormatFile[] = [];
  let spans = 0;
  let relations = 0;
  for (const doc of bundle.documents) {
    const written = webannoDocumentTsv(doc, tally);
    spans += written.spans;
    relations += written.relations;
    tally.add(SENTENCE_ID, written.sentenceIdsUnwritten);
    tally.add(KEPT_CELL, written.keptUnwritten);
    const path = `${uniqueFilePath(doc.folder, doc.name, taken)}.tsv`;
    files.push({ path, content: written.content });
    tallyUnwritten(doc, tally, [
      ...BEYOND_UIMA_LAYERS,
      ...KEPT_FOR_ONE_FORMAT.filter((kind) => kind !== SENTENCE_ID && kind !== KEPT_CELL),
    ]);
    // The file's own fields (a doccano record's meta, a Label Studio task's id and data); what a
    // format kept only to write itself back (`$…`) is counted above, by kind.
    if (Object.keys(doc.metadata ?? {}).some((key) => !key.startsWith('$')))
      tally.add('document metadata');
  }
  return {
    files,
    summary: tally.summary({ documents: bundle.documents.length, spans, stances: 0, relations }),
  };
}
