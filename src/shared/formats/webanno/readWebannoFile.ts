import type { ErrorCollector, FormatDocument, FormatFile } from '../common';
import { isWebannoFile } from './isWebannoFile';
import { readTsv2Document } from './readTsv2Document';
import { readWebannoDocument } from './readWebannoDocument';
import { isWebannoTsv2File } from './tsv2Header';

/**
 * One file that should be WebAnno TSV 3 (or WebAnno 2's TSV) as its document, or null: one without the
 * `#FORMAT=WebAnno TSV` header, or with problems, is said in `errors`.
 * @example readWebannoFile({ path: 'admin.tsv', content: '#FORMAT=WebAnno TSV 3.3\n…' }, errors, warnings)?.text
 */
export function readWebannoFile(
  file: FormatFile,
  errors: ErrorCollector,
  warnings: string[],
): FormatDocument | null {
  if (isWebannoTsv2File(file.content)) return readTsv2Document(file, errors, warnings);
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
    'does not start with #FORMAT=WebAnno TSV 3.x nor with the layer header of WebAnno 2\'s TSV (` # …NamedEntity | value`, then `#id=` sentences); export it from INCEpTION or WebAnno as "WebAnno TSV 3", or choose its own format',
  );
  return null;
}
