import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatErrors, readConll } from '../../../../src/shared/formats';

/** Real OntoNotes / CoNLL-2012 files (sources: SOURCES.md there). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/conll2012');

/** The tab-separated cnn_0115 file: line 2 is "Mali … (GPE)", lines 19–20 "last month" (DATE), 49 "#end document". */
const CNN = readFileSync(join(FIXTURES, 'cnn_0115-tabs.gold_conll'), 'utf8');

/** Each error of reading `content` as `file:line: reason`. */
function errorsOf(path: string, content: string): string[] {
  try {
    readConll([{ path, content }]);
  } catch (e) {
    if (e instanceof FormatErrors)
      return e.errors.map((x) => `${x.file}:${x.line ?? ''}: ${x.reason}`);
    throw e;
  }
  return [];
}

/** The file with line `line` (1-based) changed by `edit`. */
function edited(line: number, edit: (cells: string[]) => string[]): string {
  const lines = CNN.split('\n');
  lines[line - 1] = edit((lines[line - 1] ?? '').split('\t')).join('\t');
  return lines.join('\n');
}

/** A cell of column 11 (the names) set. */
function names(value: string): (cells: string[]) => string[] {
  return (cells) => cells.map((c, i) => (i === 10 ? value : c));
}

/** A tab-separated line with its word (column 4) written `-`. */
function dashed(line: string): string {
  return line
    .split('\t')
    .map((c, i) => (i === 3 ? '-' : c))
    .join('\t');
}

describe('OntoNotes / CoNLL-2012 errors', () => {
  it('the lines are as the comments say', () => {
    const lines = CNN.split('\n');
    expect(lines[1]?.split('\t').slice(3, 11)).toEqual([
      'Mali',
      'NNP',
      '(TOP(S(NP(NML*',
      '-',
      '-',
      '-',
      '-',
      '(GPE)',
    ]);
    expect(lines[18]?.split('\t')[10]).toBe('(DATE*');
    expect(lines[19]?.split('\t')[10]).toBe('*)');
  });

  it('a name opened and not closed in its sentence names the opening line', () => {
    // "Headline News" (lines 30–31), the last name of its sentence (lines 28–32).
    const errors = errorsOf('cnn.gold_conll', edited(31, names('*')));
    expect(errors).toEqual([
      'cnn.gold_conll:30: "(WORK_OF_ART*" in column 11 is not closed before its sentence ends (line 32): add "*)" on the name\'s last word',
    ]);
  });

  it('a *) with no name open is an error on its line', () => {
    const errors = errorsOf('cnn.gold_conll', edited(19, names('*')));
    expect(errors).toEqual([
      'cnn.gold_conll:20: "*)" in column 11 closes a name, but no "(TYPE*" opened one: add the opening bracket on the name\'s first word, or write "*"',
    ]);
  });

  it('a name opened inside another is an error: OntoNotes names do not nest', () => {
    const errors = errorsOf('cnn.gold_conll', edited(20, names('(CARDINAL)')));
    expect(errors[0]).toBe(
      'cnn.gold_conll:20: "(CARDINAL)" in column 11 opens a name while "(DATE*" of line 19 is still open: OntoNotes names do not nest; close the first with "*)" on its last word',
    );
  });

  it('a line with another column count than its sentence is an error naming both lines', () => {
    const errors = errorsOf(
      'cnn.gold_conll',
      edited(3, (cells) => cells.slice(0, -2).concat(cells.at(-1) ?? '')),
    );
    expect(errors).toEqual([
      'cnn.gold_conll:3: has 13 columns, but line 2, the first of its sentence, has 14; every line of a sentence has the same columns (one predicate-argument column per predicate of the sentence)',
    ]);
  });

  it('a missing #end document is an error at the #begin line, saying where to add it', () => {
    const cut = CNN.replace('#end document\n', '');
    expect(errorsOf('cnn.gold_conll', cut)).toEqual([
      'cnn.gold_conll:1: the document begun here has no #end document line: the file may be cut short; add "#end document" after its last sentence',
    ]);
    // Two documents, the first not ended: said at its #begin, naming the next.
    const twice = `${cut}${CNN}`;
    expect(errorsOf('cnn.gold_conll', twice)[0]).toBe(
      'cnn.gold_conll:1: the document begun here has no #end document line before the next #begin document (line 49): add "#end document" after its last sentence',
    );
  });

  it('a CoNLL-2012 skeleton file ([WORD] for each word) says the words are missing and how to get them', () => {
    const skeleton = readFileSync(join(FIXTURES, 'cnr_0001.v4_gold_skel'), 'utf8');
    const [error] = errorsOf('cnr_0001.v4_gold_skel', skeleton);
    expect(error).toMatch(
      /^cnr_0001\.v4_gold_skel:2: the words are missing \("\[WORD\]" in column 4\)/,
    );
    expect(error).toMatch(/skeleton2conll\.sh and your copy of OntoNotes 5\.0 \(LDC2013T19\)/);
  });

  it('a sentence whose every word is "-" is a skeleton too, never imported as dashes', () => {
    const dashes = CNN.split('\n')
      .map((l) => (l.startsWith('test/test/04') ? dashed(l) : l))
      .join('\n');
    const [error] = errorsOf('cnn.gold_conll', dashes);
    expect(error).toMatch(/^cnn\.gold_conll:34: the words are missing \("-" in column 4\)/);
  });

  it('a token line outside #begin / #end document is an error on its line', () => {
    const outside = CNN.replace('#end document\n', '#end document\nstray\t0\t0\tword\n');
    expect(errorsOf('cnn.gold_conll', outside)).toEqual([
      'cnn.gold_conll:50: a token line outside a document (after #end document): every sentence stands between "#begin document (<id>); part <n>" and "#end document"',
    ]);
  });
});
