import {
  BEYOND_UIMA_LAYERS,
  KEPT_FOR_ONE_FORMAT,
  Tally,
  tallyUnwritten,
  uniqueFilePath,
} from '../common';
import type { FormatBundle, FormatFile, WriteResult } from '../common';
import { keptXmiOf } from './keptXmi';
import { writeXmiDocument } from './writeXmiDocument';

const KEPT = 'feature structure kept from an XMI file';

/**
 * Writes each document as a UIMA CAS XMI file `<name>.xmi` (in its folder:
 * `FormatDocument.folder`) that INCEpTION imports ("UIMA CAS
 * XMI"): one imported from XMI with its text unchanged is written back as it came around the
 * annotations Loupe holds; the others get DKPro Core tokens and sentences, spans as named
 * entities (or their `layer`'s type) and relations as `webanno.custom.Relation`. What XMI
 * cannot hold here (discontinuous spans and the relations naming one, entity links, notes,
 * stances, events, document labels) is counted. The `TypeSystem.xml` documents came with (an INCEpTION zip) is written
 * beside them, as INCEpTION's export holds it (INCEpTION imports the `.xmi` files; UIMA and
 * dkpro-cassis load them with it): one file when they share it, else `<name>-TypeSystem.xml`.
 * @example writeXmi(bundle).files[0]?.path === 'report-1.xmi'
 */
export function writeXmi(bundle: FormatBundle): WriteResult {
  const tally = new Tally();
  const taken = new Set<string>();
  const files: FormatFile[] = [];
  const typeSystems = new Map<string, string>(); // by file name, without extension
  let spans = 0;
  let relations = 0;
  for (const doc of bundle.documents) {
    const written = writeXmiDocument(doc);
    spans += written.spans;
    relations += written.relations;
    tally.add('relation referring to a span that was not written', written.relationsUnwritten);
    const name = uniqueFilePath(doc.folder, doc.name, taken);
    files.push({ path: `${name}.xmi`, content: written.content });
    const typeSystem = keptXmiOf(doc.metadata)?.typeSystem;
    if (typeSystem !== undefined) typeSystems.set(name, typeSystem);
    tallyUnwritten(doc, tally, [
      ...BEYOND_UIMA_LAYERS,
      ...KEPT_FOR_ONE_FORMAT.filter((kind) => kind !== KEPT || !written.kept),
    ]);
  }
  const distinct = new Set(typeSystems.values());
  for (const [name, content] of distinct.size === 1 ? [['', ...distinct]] : typeSystems)
    files.push({ path: `${name ? `${name}-` : ''}TypeSystem.xml`, content: content ?? '' });
  return {
    files,
    summary: tally.summary({ documents: bundle.documents.length, spans, stances: 0, relations }),
  };
}
