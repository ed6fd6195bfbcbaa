import {
  bundleOf,
  ErrorCollector,
  extensionOf,
  firstDifference,
  inFileFolder,
  Tally,
} from '../common';
import type { FormatBundle, FormatDocument, FormatFile } from '../common';
import { parseMae } from './parseMae';
import { readMaeDocument } from './readMaeDocument';
import { maeDocumentXml } from './writeMaeDocument';

/**
 * Reads MAE annotation files (`.xml`, one document each; MAE 0.x, 1 and 2): extent tags as
 * spans, two-argument links as relations, the rest kept for a MAE export. Offsets are Java
 * string indices (UTF-16 units), read as code points. A file a MAE export would not write
 * back byte for byte is warned about, with its first differing line. A document keeps its
 * file's folder (`FormatFile.folder`). Throws FormatErrors
 * listing every problem of the batch.
 * @example readMae([{ path: 'a.xml', content: '<T><TEXT><![CDATA[The cat]]></TEXT><TAGS><N id="N0" spans="4~7" text="cat" /></TAGS></T>' }])
 */
export function readMae(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  for (const file of files) {
    if (extensionOf(file.path) !== '.xml') {
      warnings.push(`${file.path}: not a MAE .xml file; ignored`);
      continue;
    }
    const before = errors.count;
    const parsed = parseMae(file, errors);
    if (!parsed) continue;
    const doc = readMaeDocument(file, parsed, errors, warnings);
    if (errors.count > before) continue;
    documents.push(inFileFolder(doc, file));
    const difference = firstDifference(file.content, maeDocumentXml(doc, new Tally()).content);
    if (difference !== null)
      warnings.push(
        `${file.path}:${difference}: a MAE export writes this file back otherwise from this line on (layout, attribute order or escaping); the annotations are the same`,
      );
  }
  if (files.length > 0 && documents.length === 0 && errors.count === 0)
    errors.add(files[0]?.path ?? '', undefined, 'no MAE .xml file among these files');
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}
