import {
  heldMetadataKeys,
  KEPT_CONLL,
  KEPT_FOR_ONE_FORMAT,
  KEPT_HF,
  Tally,
  tallyUnwritten,
  uniqueFilePath,
} from '../common';
import type { FormatBundle, FormatDocument, FormatFile, WriteResult } from '../common';
import { KEPT_MAE, keptMaeOf } from './keptMae';
import { maeDocumentXml } from './writeMaeDocument';

/**
 * Writes MAE annotation files: `<name>.xml` per document (`<name>.txt.xml` when read so, as MedTator names them) in its folder (`FormatDocument.folder`), spans as extent tags (the label the
 * tag name, Java string offsets), relations as links, and what a MAE import kept written back
 * as it was, document labels named after the task as document-level tags. Entity links,
 * notes, stances, events, equivalence sets and other document labels have no place in MAE:
 * they are counted, as is metadata from other formats.
 * @example writeMae(bundle).files → [{ path: 'report-1.xml', content: '<?xml version="1.0" …' }]
 */
export function writeMae(bundle: FormatBundle): WriteResult {
  const tally = new Tally();
  const files: FormatFile[] = [];
  const taken = new Set<string>();
  let spans = 0;
  let relations = 0;
  for (const doc of bundle.documents) {
    const written = maeDocumentXml(doc, tally);
    const path = `${uniqueFilePath(doc.folder, fileStem(doc), taken)}.xml`;
    files.push({ path, content: written.content });
    spans += written.spans;
    relations += written.relations;
    tallyUnwritten(doc, tally, [
      'entity link',
      'span note',
      'stance',
      'event',
      'equivalence set',
      ...KEPT_FOR_ONE_FORMAT.filter((kind) => kind !== 'tag kept from a MAE file'),
    ]);
    if (otherMetadata(doc)) tally.add('document metadata');
  }
  return {
    files,
    summary: tally.summary({ documents: bundle.documents.length, spans, stances: 0, relations }),
  };
}

/** The file name before `.xml`: `<name>.txt` again for a file MedTator named so, whatever the project calls it. */
function fileStem(doc: FormatDocument): string {
  const txt = keptMaeOf(doc.metadata)?.txtXml === true && !/\.txt$/i.test(doc.name);
  return txt ? `${doc.name}.txt` : doc.name;
}

/** Whether a document keeps metadata of another format (doccano meta, CoNLL columns, …). */
function otherMetadata(doc: FormatDocument): boolean {
  return heldMetadataKeys(doc.metadata).some(
    (key) => key !== KEPT_MAE && key !== KEPT_CONLL && key !== KEPT_HF,
  );
}
