import type { Format } from '../common';
import { PARTIAL_ANN_EXTENSIONS, readBrat } from './read';
import { writeBrat } from './write';

/** brat standoff: `.txt` + `.ann` (or BioNLP's `.a1`, `.a2`, `.co`, `.rel`), T/N/A/M/R/E/# lines; stances are `Stance` events. */
export const bratFormat: Format = {
  id: 'brat',
  name: 'brat standoff',
  extensions: ['.txt', '.ann', ...PARTIAL_ANN_EXTENSIONS],
  read: readBrat,
  write: writeBrat,
};

export { PARTIAL_ANN_EXTENSIONS, readBrat, writeBrat };
export { renameKeptBratIds } from './renameKeptBratIds';
