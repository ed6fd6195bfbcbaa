import type { Format } from '../common';
import { writeConll } from './write';

/** CoNLL-2003 / IOB2, export only. */
export const conllFormat: Format = {
  id: 'conll',
  name: 'CoNLL / IOB2',
  extensions: ['.txt', '.conll'],
  write: writeConll,
  overlapPolicy: true,
};

export { writeConll };
