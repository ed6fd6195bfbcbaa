import type { Format } from '../common';
import { readDoccano } from './read';
import { writeDoccano } from './write';
import { isDoccanoCsv } from './csv';

/** doccano JSONL (sequence labeling and relation variants); offsets in UTF-16 units on disk. */
export const doccanoFormat: Format = {
  id: 'doccano',
  name: 'doccano JSONL',
  extensions: ['.jsonl', '.json'],
  read: readDoccano,
  write: writeDoccano,
};

export { isDoccanoCsv, readDoccano, writeDoccano };
export type { DoccanoColumns } from './csv';
