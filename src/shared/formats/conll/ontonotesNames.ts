import { trimEndOf } from '../../text';
import type { IobTag } from '../common';
import type { ConllRow, ConllSentence } from './conllLines';
import type { LineProblem } from './layoutOf';

/** The word column of an OntoNotes line (0-based): document id, part, word number, word. */
export const WORD_COLUMN = 3;

/** The named-entity column of the standard CoNLL-2012 layout (0-based: the 11th). */
const STANDARD_NAMES = 10;

/** A named-entity cell: `*`, `*)`, `(PERSON*`, `(PERSON)`, `(PERSON*)`. */
const NAME_CELL = /^(?:\*\)?|\([A-Za-z][\w-]*(?:\*\)?|\)))$/;

/** The word a CoNLL-2012 skeleton file (`*_gold_skel`) holds in place of each licensed word. */
const SKELETON_WORD = '[WORD]';

/**
 * The named-entity column (0-based): the 11th when its cells are all brackets (`(GPE*`, `*`,
 * `*)`), else the first column after the word and before the last (coreference) whose cells
 * are; a problem when none is.
 * @example namesColumn([{ rows: [{ line: 1, columns: ['a','0','0','Mali','NNP','*','-','-','-','-','(GPE)','-'] }], comments: [] }]) === 10
 */
export function namesColumn(sentences: readonly ConllSentence[]): number | LineProblem {
  let narrowest = Infinity;
  for (const s of sentences)
    for (const row of s.rows) narrowest = Math.min(narrowest, row.columns.length);
  const fits = (c: number): boolean =>
    sentences.every((s) => s.rows.every((row) => NAME_CELL.test(row.columns[c] ?? '')));
  if (STANDARD_NAMES <= narrowest - 2 && fits(STANDARD_NAMES)) return STANDARD_NAMES;
  for (let c = WORD_COLUMN + 1; c <= narrowest - 2; c++) if (fits(c)) return c;
  return {
    line: sentences[0]?.rows[0]?.line,
    reason:
      narrowest < WORD_COLUMN + 3
        ? `a line has ${narrowest} columns: an OntoNotes / CoNLL-2012 line has the document id, part, word number, word, …, named entities and coreference (12 or more columns)`
        : 'no column holds named-entity brackets ((PERSON*, *, *), (GPE)) on every line, before the last (coreference): check that the file is OntoNotes / CoNLL-2012 (*_gold_conll), or import it with --format conll as IOB tags',
  };
}

/**
 * Each token's IOB2 tag read from the bracket column: `(TYPE*` opens a name (B-TYPE), `*`
 * inside it continues it (I-TYPE), `*)` closes it, `(TYPE)` is a name of one word. A `(`
 * while a name is open (OntoNotes names do not nest), a `*)` with none open, or a name still
 * open at its sentence's end is a problem on its line.
 * @example bracketTags(sentence, 10) → [[B-GPE, I-GPE, O]]
 */
export function bracketTags(
  sentence: ConllSentence,
  column: number,
  problems: LineProblem[],
): IobTag[] {
  const tags: IobTag[] = [];
  let open: { type: string; line: number } | null = null;
  for (const row of sentence.rows) {
    const cell = row.columns[column] ?? '';
    if (cell.startsWith('(')) {
      const type = trimEndOf(cell.slice(1), '*)');
      if (open)
        problems.push({
          line: row.line,
          reason: `"${cell}" in column ${column + 1} opens a name while "(${open.type}*" of line ${open.line} is still open: OntoNotes names do not nest; close the first with "*)" on its last word`,
        });
      tags.push({ prefix: 'B', type });
      open = cell.endsWith(')') ? null : { type, line: row.line };
    } else if (cell === '*)') {
      if (!open) {
        problems.push({
          line: row.line,
          reason: `"*)" in column ${column + 1} closes a name, but no "(TYPE*" opened one: add the opening bracket on the name's first word, or write "*"`,
        });
        tags.push({ prefix: 'O', type: '' });
      } else tags.push({ prefix: 'I', type: open.type });
      open = null;
    } else tags.push(open ? { prefix: 'I', type: open.type } : { prefix: 'O', type: '' });
  }
  if (open) {
    const last = sentence.rows[sentence.rows.length - 1]?.line ?? open.line;
    problems.push({
      line: open.line,
      reason: `"(${open.type}*" in column ${column + 1} is not closed before its sentence ends (line ${last}): add "*)" on the name's last word`,
    });
  }
  return tags;
}

/**
 * The first line of a skeleton file's withheld words: `[WORD]` (CoNLL-2012's `*_skel` files),
 * or a sentence whose every word is `-`; null when the words are there.
 */
export function skeletonProblem(sentences: readonly ConllSentence[]): LineProblem | null {
  for (const s of sentences) {
    const placeholder = s.rows.find((row: ConllRow) => row.columns[WORD_COLUMN] === SKELETON_WORD);
    const dashes = s.rows.length > 1 && s.rows.every((row) => row.columns[WORD_COLUMN] === '-');
    const row = placeholder ?? (dashes ? s.rows[0] : undefined);
    if (row)
      return {
        line: row.line,
        reason: `the words are missing (${JSON.stringify(row.columns[WORD_COLUMN])} in column ${WORD_COLUMN + 1}): this is a CoNLL-2012 skeleton file, shipped without the words, which OntoNotes' licence withholds; build the *_gold_conll files with the CoNLL-2012 scripts' skeleton2conll.sh and your copy of OntoNotes 5.0 (LDC2013T19), then import those`,
      };
  }
  return null;
}
