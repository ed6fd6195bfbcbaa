import type { Format } from '../common';
import { readWebanno } from './read';

/** WebAnno TSV 3 (INCEpTION, WebAnno): tokens one per row, span and relation layers in columns. */
export const webannoFormat: Format = {
  id: 'webanno',
  name: 'WebAnno TSV 3',
  extensions: ['.tsv'],
  read: readWebanno,
};

export { readWebanno };
export { isWebannoFile } from './isWebannoFile';
