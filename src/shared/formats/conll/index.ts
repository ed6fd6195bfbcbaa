import type { Format } from '../common';
import { writeConll } from './write';

/** CoNLL / IOB2, export only. */
export const conllFormat: Format = {
  id: 'conll',
  name: 'CoNLL / IOB2',
  extensions: ['.txt', '.conll'],
  write: writeConll,
};

export { writeConll };
