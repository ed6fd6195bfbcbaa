import { keptConllOf } from '../common';
import type { Format } from '../common';
import { readConll } from './read';
import { writeConll } from './write';

/** CoNLL / IOB token files: CoNLL-2002/2003, WNUT, GermEval, OntoNotes; IOB1, IOB2, BIOES, BILOU or IO tags. */
export const conllFormat: Format = {
  id: 'conll',
  name: 'CoNLL / IOB',
  extensions: ['.conll', '.iob', '.iob2', '.bio', '.nersuite', '.tsv', '.txt'],
  read: readConll,
  write: writeConll,
  overlapPolicy: true,
  sourceFile: (doc) => keptConllOf(doc.metadata)?.file,
};

export { readConll, writeConll };
