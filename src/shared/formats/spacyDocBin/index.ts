import { keptDocBinOf } from '../common';
import type { Format } from '../common';
import { readSpacyDocBin } from './read';
import { combineDocBinSplits, writeSpacyDocBin } from './write';

/** spaCy v3's binary training format (`.spacy`, a DocBin): what `spacy train` reads and `spacy convert` writes. */
export const spacyDocBinFormat: Format = {
  id: 'spacy',
  name: 'spaCy DocBin (.spacy, v3 training data)',
  extensions: ['.spacy'],
  read: readSpacyDocBin,
  write: writeSpacyDocBin,
  overlapPolicy: true,
  combineSplits: combineDocBinSplits,
  sourceFile: (doc) => keptDocBinOf(doc.metadata)?.file,
};

export { readSpacyDocBin, writeSpacyDocBin };
