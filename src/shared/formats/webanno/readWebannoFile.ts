import type { ErrorCollector, FormatDocument, FormatFile } from '../common';
import { isWebannoFile } from './isWebannoFile';
import { readWebannoDocument } from './readWebannoDocument';

/**
 * One file that should be WebAnno TSV 3 as its document, or null: one without the
 * `#FORMAT=WebAnno TSV` header, or with problems, is said in `errors`.
 * @example readWebannoFile({ path: 'admin.tsv', content: '#FORMAT=WebAnno TSV 3.3\n…' }, errors, warnings)?.text
 */
export function readWebannoFile(
  file: FormatFile,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument | null {
  if (isWebannoFile(file.content)) return readWebannoDocument(file, errors, warnings);
  if (file.binary) {
    errors.add(
      file.path,
      undefined,
      'is a zip archive, not a WebAnno TSV file; an INCEpTION project export (its annotations in WebAnno TSV or UIMA CAS XMI) is read with --format xmi, or without --format',
    );
    return null;
  }
  errors.add(
    file.path,
    1,
    'does not start with #FORMAT=WebAnno TSV 3.x; export it from INCEpTION or WebAnno as "WebAnno TSV 3", or choose its own format',
  );
  return null;
}
