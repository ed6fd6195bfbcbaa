import { GOLD } from '../../model';
import { bundleOf, ErrorCollector, extensionOf, inFileFolder } from '../common';
import type { FormatBundle, FormatDocument, FormatFile } from '../common';
import { inceptionZipFiles } from './inceptionZip';
import { looseTypeSystems } from './looseTypeSystems';
import { readXmiDocument } from './readXmiDocument';
import { sameTexts } from './sameTexts';

/** Reads one WebAnno TSV 3 file of a project export as its document, or null (said in `errors`). */
export type ZippedTsvReader = (
  file: FormatFile,
  errors: ErrorCollector,
  warnings: string[],
) => FormatDocument | null;

/**
 * Reads UIMA CAS XMI files (INCEpTION's and WebAnno's "UIMA CAS XMI" export, DKPro Core's
 * XmiWriter), one document each, and the `.xmi` files of INCEpTION's zip exports (a
 * document's, or a project's: see inceptionZipFiles), each the layer of the user who wrote it,
 * labels read by the `TypeSystem.xml` beside it (in the archive, or among the loose files: in the
 * `.xmi`'s folder or one above it, as DKPro's XmiWriter and an unzipped export leave it): annotations as spans, relations between them
 * as relations, every other feature structure kept. A project exported with WebAnno TSV 3 has
 * its `.tsv` files read by `readTsv` (formats do not import each other), each likewise the
 * layer of its user; the users' files of one document must hold one text. A loose file's
 * document keeps the file's folder (`FormatFile.folder`); an archive's entries have none. Offsets are UTF-16
 * units, read as code points. Throws FormatErrors listing every problem of the batch by file and line.
 * @example readXmiFiles([{ path: 'a.xmi', content: '<?xml version="1.0"?><xmi:XMI …>…</xmi:XMI>' }], readTsv)
 */
export function readXmiFiles(files: readonly FormatFile[], readTsv: ZippedTsvReader): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  const { others, typeSystemOf } = looseTypeSystems(files, errors, warnings);
  let tsvs = 0;
  let xmis = 0;
  for (const file of others) {
    if (!isZip(file)) {
      const doc = readXmiDocument(file, errors, warnings, typeSystemOf(file.path));
      if (doc?.annotator !== undefined)
        warnings.push(
          `${file.path}: INCEpTION's export of the document ${doc.name} by ${doc.annotator} (its documentTitle and documentId): imported as ${doc.name}, in ${doc.annotator}'s layer`,
        );
      // INCEpTION's `<user>.xmi` sits in a folder named after its document: no folder of a collection.
      if (doc) documents.push(doc.annotator === undefined ? inFileFolder(doc, file) : doc);
      xmis++;
      continue;
    }
    const zipped = inceptionZipFiles(file, errors, warnings);
    const read: FormatDocument[] = [];
    for (const { file: xmi, name, annotator, typeSystem, tsv } of zipped) {
      if (tsv) tsvs++;
      else xmis++;
      const doc = tsv
        ? readTsv(xmi, errors, warnings)
        : readXmiDocument(xmi, errors, warnings, typeSystem);
      // A loose `<user>.xmi` in the archive names its document and user itself (inceptionOwner).
      if (doc && annotator === undefined && doc.annotator !== undefined) read.push(doc);
      else if (doc) read.push({ ...doc, name, ...(annotator === undefined ? {} : { annotator }) });
    }
    if (sameTexts(file.path, read, errors)) documents.push(...read);
    severalUsers(file.path, zipped, warnings);
  }
  if (others.length === 0)
    errors.add(
      files[0]?.path ?? '',
      undefined,
      'no XMI file to import (a type system alone holds no document)',
    );
  errors.throwIfAny();
  const tsvAs = 'WebAnno TSV 3 in an INCEpTION project export';
  const readAs = tsvs === 0 ? undefined : xmis === 0 ? tsvAs : `UIMA CAS XMI and ${tsvAs}`;
  return { ...bundleOf(documents, warnings), ...(readAs === undefined ? {} : { readAs }) };
}

/** Whether a file is a zip archive (by its name or its first bytes). */
export function isZip(file: FormatFile): boolean {
  const b = file.binary;
  return extensionOf(file.path) === '.zip' || (b !== undefined && b[0] === 0x50 && b[1] === 0x4b);
}

/** Says which documents of an archive several users annotated: each goes to that user's layer. */
function severalUsers(
  path: string,
  zipped: readonly { name: string; annotator?: string }[],
  warnings: string[],
): void {
  const users = new Map<string, string[]>();
  for (const { name, annotator } of zipped)
    if (annotator !== undefined) users.set(name, [...(users.get(name) ?? []), annotator]);
  for (const [name, names] of users)
    if (names.length > 1)
      warnings.push(
        `${path}: ${name} was annotated by ${names.map((n) => (n === GOLD ? 'gold (its curated version)' : n)).join(', ')}: each user's annotations go to a layer of their own (--annotator does not merge them)`,
      );
}
