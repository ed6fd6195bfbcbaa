import type { Format } from '../common';
import { readStanceTsv } from './read';
import { combineStanceSources, stanceSourceFile } from './sourceFiles';
import { writeStanceTsv } from './write';

/** Stance TSV: SemEval-2016 Task 6's `ID Target Tweet Stance` (and its full release's columns) read, Loupe's with holder and document written. */
export const stanceTsvFormat: Format = {
  id: 'stance-tsv',
  name: 'stance table (SemEval-2016 Task 6 TSV; P-Stance, VAST CSV)',
  extensions: ['.tsv', '.txt', '.csv'],
  read: readStanceTsv,
  write: writeStanceTsv,
  sourceFile: stanceSourceFile,
  combineSources: combineStanceSources,
};

export { readStanceTsv, writeStanceTsv };
export { stanceColumns } from './header';
export { KEPT_STANCE_TSV } from './keptStanceTsv';
