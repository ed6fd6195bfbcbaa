import type { Format } from '../common';
import { readWebanno } from './read';
import { writeWebanno } from './write';

/**
 * WebAnno TSV (INCEpTION, WebAnno): tokens one per row, span and relation layers in columns.
 * Reads TSV 3.x and WebAnno 2's TSV; writes TSV 3.3.
 */
export const webannoFormat: Format = {
  id: 'webanno',
  name: 'WebAnno TSV',
  extensions: ['.tsv'],
  read: readWebanno,
  write: writeWebanno,
};

export { readWebanno, writeWebanno };
export { isWebannoFile } from './isWebannoFile';
export { readWebannoFile } from './readWebannoFile';
