import type { Format } from '../common';
import { readWebanno } from './read';
import { writeWebanno } from './write';

/** WebAnno TSV 3 (INCEpTION, WebAnno): tokens one per row, span and relation layers in columns. */
export const webannoFormat: Format = {
  id: 'webanno',
  name: 'WebAnno TSV 3',
  extensions: ['.tsv'],
  read: readWebanno,
  write: writeWebanno,
};

export { readWebanno, writeWebanno };
export { isWebannoFile } from './isWebannoFile';
export { readWebannoFile } from './readWebannoFile';
