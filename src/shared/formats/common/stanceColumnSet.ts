/**
 * The columns a stance TSV export writes, as `--columns` names them: `auto` (a table read from
 * one layout in its own header and delimiter, else Loupe's `ID Target Tweet Stance Holder
 * Document`), or `semeval`, exactly the four tab-separated columns SemEval-2016 Task 6's eval.pl reads.
 */
export const STANCE_COLUMN_SETS = ['auto', 'semeval'] as const;
export type StanceColumnSet = (typeof STANCE_COLUMN_SETS)[number];
