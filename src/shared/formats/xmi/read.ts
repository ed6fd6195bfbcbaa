import { bundleOf, ErrorCollector } from '../common';
import type { FormatBundle, FormatDocument, FormatFile } from '../common';
import { readXmiDocument } from './readXmiDocument';

/**
 * Reads UIMA CAS XMI files (INCEpTION's and WebAnno's "UIMA CAS XMI" export, DKPro Core's
 * XmiWriter), one document each: annotations as spans, relations between them as relations,
 * every other feature structure kept. Offsets are UTF-16 units, read as code points. Throws
 * FormatErrors listing every problem of the batch by file and line.
 * @example readXmi([{ path: 'a.xmi', content: '<?xml version="1.0"?><xmi:XMI …>…</xmi:XMI>' }])
 */
export function readXmi(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  for (const file of files) {
    const doc = readXmiDocument(file, errors, warnings);
    if (doc) documents.push(doc);
  }
  if (files.length === 0) errors.add('', undefined, 'no XMI file to import');
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}
