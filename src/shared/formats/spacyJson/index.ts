import { keptSpacyJsonOf } from '../common';
import type { Format } from '../common';
import { readSpacyJson } from './read';
import { writeSpacyJson } from './write';

/** spaCy's JSON training format (v2's `train.json`): documents of paragraphs of tokens with BILUO `ner` tags. */
export const spacyJsonFormat: Format = {
  id: 'spacy-json',
  name: 'spaCy JSON training format (v2)',
  extensions: ['.json'],
  read: readSpacyJson,
  write: writeSpacyJson,
  overlapPolicy: true,
  sourceFile: (doc) => keptSpacyJsonOf(doc.metadata)?.file,
};

export { readSpacyJson, writeSpacyJson };
export { isSpacyJsonFile } from './isSpacyJsonFile';
