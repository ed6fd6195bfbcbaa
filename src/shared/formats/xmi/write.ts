import { KEPT_FOR_ONE_FORMAT, Tally, tallyUnwritten, uniqueFileName } from '../common';
import type { FormatBundle, FormatFile, WriteResult } from '../common';
import { writeXmiDocument } from './writeXmiDocument';

const KEPT = 'feature structure kept from an XMI file';

/**
 * Writes each document as a UIMA CAS XMI file `<name>.xmi` that INCEpTION imports ("UIMA CAS
 * XMI"): one imported from XMI with its text unchanged is written back as it came around the
 * annotations Loupe holds; the others get DKPro Core tokens and sentences, spans as named
 * entities (or their `layer`'s type) and relations as `webanno.custom.Relation`. What XMI
 * cannot hold here (discontinuous spans, entity links, notes, stances, events, document
 * labels) is counted.
 * @example writeXmi(bundle).files[0]?.path === 'report-1.xmi'
 */
export function writeXmi(bundle: FormatBundle): WriteResult {
  const tally = new Tally();
  const taken = new Set<string>();
  const files: FormatFile[] = [];
  let spans = 0;
  for (const doc of bundle.documents) {
    const written = writeXmiDocument(doc);
    spans += written.spans;
    files.push({ path: `${uniqueFileName(doc.name, taken)}.xmi`, content: written.content });
    tallyUnwritten(doc, tally, [
      'entity link',
      'span note',
      'stance',
      'document label',
      'discontinuous span',
      'event',
      'equivalence set',
      ...KEPT_FOR_ONE_FORMAT.filter((kind) => kind !== KEPT || !written.kept),
    ]);
  }
  return {
    files,
    summary: tally.summary({ documents: bundle.documents.length, spans, stances: 0 }),
  };
}
