import type { Format } from '../common';
import { readSpansJsonl } from './read';
import { writeSpansJsonl } from './write';
import { spansSourceFile } from './sourceFiles';

/** Spans JSONL in the Prodigy / spaCy style; code point offsets, `token_end` inclusive. */
export const spansJsonlFormat: Format = {
  id: 'spans-jsonl',
  name: 'spans JSONL (Prodigy / spaCy)',
  extensions: ['.jsonl'],
  read: readSpansJsonl,
  write: writeSpansJsonl,
  // Each file's records go back to a file of its name.
  sourceFile: spansSourceFile,
};

export { readSpansJsonl, writeSpansJsonl };
