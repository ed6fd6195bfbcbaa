import { bundleOf, ErrorCollector, inFileFolder } from '../common';
import type { FormatBundle, FormatDocument, FormatFile } from '../common';
import { readWebannoFile } from './readWebannoFile';

/**
 * Reads WebAnno TSV 3 files (INCEpTION's and WebAnno's "WebAnno TSV 3.x" export, 3.0 to
 * 3.3), one document each: span layers as spans, relations between them as relations, the
 * rest kept, each document in its file's folder (`FormatFile.folder`). Offsets are UTF-16 units, read as code points. Throws FormatErrors listing
 * every problem of the batch by file and line.
 * @example readWebanno([{ path: 'a.tsv', content: '#FORMAT=WebAnno TSV 3.3\n#T_SP=…NamedEntity|value\n\n\n#Text=Bob\n1-1\t0-3\tBob\tPER\t\n' }])
 */
export function readWebanno(files: readonly FormatFile[]): FormatBundle {
  const errors = new ErrorCollector();
  const warnings: string[] = [];
  const documents: FormatDocument[] = [];
  for (const file of files) {
    const doc = readWebannoFile(file, errors, warnings);
    if (doc) documents.push(inFileFolder(doc, file));
  }
  if (files.length === 0) errors.add('', undefined, 'no WebAnno TSV file to import');
  errors.throwIfAny();
  return bundleOf(documents, warnings);
}
