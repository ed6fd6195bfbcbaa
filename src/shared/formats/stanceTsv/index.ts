import type { Format } from '../common';
import { writeStanceTsv } from './write';

/** Stance TSV in the SemEval-2016 Task 6 style plus holder and document, export only. */
export const stanceTsvFormat: Format = {
  id: 'stance-tsv',
  name: 'stance TSV (SemEval-2016 Task 6 style)',
  extensions: ['.tsv'],
  write: writeStanceTsv,
};

export { writeStanceTsv };
