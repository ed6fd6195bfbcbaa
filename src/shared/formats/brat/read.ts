import { bundleOf, ErrorCollector, extensionOf, pathStem } from '../common';
import type { FormatBundle, FormatDocument, FormatFile } from '../common';
import { readAnnDocument } from './readAnnDocument';

/**
 * Reads brat standoff: each `x.txt` with its `x.ann` (a `.txt` alone is a document
 * without annotations, an `.ann` alone is an error); brat's `.conf` files are skipped.
 * Offsets are code points. Throws FormatErrors listing every problem of the batch.
 * @example readBrat([{ path: 'a.txt', content: 'IBM' }, { path: 'a.ann', content: 'T1\tORG 0 3\tIBM\n' }])
 */
export function readBrat(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const texts = new Map<string, FormatFile>();
  const anns = new Map<string, FormatFile>();
  for (const file of files) {
    const extension = extensionOf(file.path);
    if (extension === '.txt') texts.set(pathStem(file.path), file);
    else if (extension === '.ann') anns.set(pathStem(file.path), file);
    else if (extension !== '.conf')
      warnings.push(`${file.path}: not a brat .txt or .ann file; ignored`);
  }
  for (const [stem, ann] of anns) {
    if (!texts.has(stem))
      errors.add(ann.path, undefined, `no text file ${stem}.txt beside this .ann file`);
  }
  const documents: FormatDocument[] = [];
  for (const [stem, txt] of texts)
    documents.push(readAnnDocument(txt, anns.get(stem), errors, warnings));
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}
