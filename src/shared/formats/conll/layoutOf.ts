import type { ConllDocument, ConllRow } from './conllLines';
import { parseTag } from '../common';

/** Where a file's tokens and tags are: column count and 0-based indices. */
export interface ConllLayout {
  readonly columns: number;
  readonly token: number;
  readonly tag: number;
}

/** A complaint about one line (or the file, without a line). */
export interface LineProblem {
  readonly line?: number;
  readonly reason: string;
}

/** Lines whose columns are checked for tags, to tell a token file from prose. */
const SAMPLE = 2000;

/**
 * Checks that every token line has the columns of its sentence and of the file, and finds the
 * token column (the first, or the second after a column numbering the tokens 1, 2, 3… in each
 * sentence: GermEval 2014, CoNLL-U; or 0, 1, 2…: WikiNEuRal) and the tag column (`tagColumn`, 1-based, else the last,
 * or the first when the lines begin with a tag and do not end in one: the MIT corpora's
 * `B-ACTOR<TAB>bruce`), or the one column inside that holds tags when the last holds none
 * (UNER's `1<TAB>Al<TAB>B-ORG<TAB>-<TAB>-`). Tags in the first column put the tokens in the second,
 * or in the fourth after two columns of their offsets (NERsuite). A file whose first and last
 * columns both hold tags is refused without `tagColumn`: neither is the words; but one in
 * NERsuite's layout (see `isNersuite`) is read so, tags first.
 * A file whose lines mostly do not end in a tag is said not to be CoNLL at all (prose).
 * @example layoutOf(conllDocuments('EU B-ORG\nrejects O\n')) → { columns: 2, token: 0, tag: 1 }
 */
export function layoutOf(
  documents: readonly ConllDocument[],
  tagColumn: number | undefined,
  /** `--scheme io`: bare labels (`PER`) are tags too. */
  bareLabels = false,
): ConllLayout | LineProblem[] {
  const all: ConllRow[] = [];
  const firsts: ConllRow[] = [];
  for (const doc of documents)
    for (const s of doc.sentences)
      for (const row of s.rows) {
        all.push(row);
        firsts.push(s.rows[0] ?? row);
      }
  const [firstRow] = all;
  if (!firstRow) return [{ reason: 'holds no token lines: nothing to import' }];
  bareLabels ||= outsideAmongBareLabels(all);
  const lastTagged = proseProblem(all, tagColumn, bareLabels);
  const firstTagged = proseProblem(all, 1, false) === null;
  // NERsuite's layout tells which end is the words' tags: the offsets of the words come after them.
  const nersuite = tagColumn === undefined && isNersuite(all, documents);
  const bothEnds = lastTagged === null && firstTagged && firstRow.columns.length > 2;
  if (tagColumn === undefined && bothEnds && !nersuite)
    return [bothEndsTagged(firstRow.columns.length)];
  const tagsFirst =
    tagColumn === 1 ||
    nersuite ||
    (lastTagged !== null && proseProblem(all, 1, bareLabels) === null);
  const inside = tagsFirst || lastTagged === null ? undefined : insideTagColumn(all, bareLabels);
  if (typeof inside === 'object') return [inside];
  const prose = tagsFirst || inside !== undefined ? null : lastTagged;
  if (prose) return [prose];
  tagColumn ??= inside;
  const columns = firstRow.columns.length;
  const problems: LineProblem[] = [];
  for (let r = 0; r < all.length; r++) {
    const row = all[r] ?? firstRow;
    const first = firsts[r] ?? firstRow;
    const n = row.columns.length;
    if (n !== first.columns.length)
      problems.push({
        line: row.line,
        reason: `has ${n} column${n === 1 ? '' : 's'}, but line ${first.line}, the first of its sentence, has ${first.columns.length}; every line of a sentence has the same columns (token, …, tag)`,
      });
    else if (row === first && n !== columns)
      problems.push({
        line: row.line,
        reason: `its sentence has ${n} column${n === 1 ? '' : 's'}, but line ${firstRow.line}, the file's first token line, has ${columns}; every line of the file has the same columns`,
      });
  }
  if (problems.length > 0) return problems;
  if (columns < 2)
    return [
      {
        line: firstRow.line,
        reason:
          'has one column: a CoNLL / IOB line is a token and its tag (and maybe other columns between them), separated by spaces or tabs',
      },
    ];
  if (tagColumn !== undefined && (tagColumn < 1 || tagColumn > columns))
    return [
      { reason: `--tag-column ${tagColumn} does not exist: its lines have ${columns} columns` },
    ];
  const token = tagsFirst
    ? offsetsBeforeToken(all)
      ? 3
      : 1
    : numbersTokens(all, documents)
      ? 1
      : 0;
  const tag = tagsFirst ? 0 : tagColumn === undefined ? columns - 1 : tagColumn - 1;
  if (tag === token)
    return [
      {
        reason: `column ${tag + 1} holds the tokens, so it cannot be the tag column; pass another --tag-column`,
      },
    ];
  return { columns, token, tag };
}

/**
 * The first column and the last both hold tags (NERsuite's `B-Cell<TAB>599<TAB>605<TAB>cord<TAB>…<TAB>I-NP`:
 * the entity tag first, a chunk tag last): neither holds the words, so reading the last as the
 * tags would make a text of the first column's tags.
 */
function bothEndsTagged(columns: number): LineProblem {
  return {
    reason: `its first column and its last (column ${columns}) both hold tags (B-…, I-…, O), so neither is the words: pass --tag-column 1 to read the first as the tags (NERsuite: tag, start, end, word, lemma, POS, chunk) or --tag-column ${columns} to read the last`,
  };
}

/**
 * Whether columns 2 and 3 of tag-first lines are a word's start and end offsets and column 4
 * that word, on every line looked at (NERsuite: tag, start, end, word, lemma, POS, chunk).
 */
function offsetsBeforeToken(rows: readonly ConllRow[]): boolean {
  if ((rows[0]?.columns.length ?? 0) < 4) return false;
  for (let r = 0; r < rows.length && r < SAMPLE; r++) {
    const [, start, end, word] = rows[r]?.columns ?? [];
    if (!/^\d+$/.test(start ?? '') || !/^\d+$/.test(end ?? '')) return false;
    const width = Number(end) - Number(start);
    // Code points or UTF-16 units: either counts the word.
    if (width !== [...(word ?? '')].length && width !== (word ?? '').length) return false;
  }
  return true;
}

/** Whether the layout is NERsuite's: tags in the first column, words in the fourth after their offsets. */
export function isNersuiteLayout(layout: ConllLayout): boolean {
  return layout.tag === 0 && layout.token === 3;
}

/**
 * Whether the lines are NERsuite's (tag, start, end, word, lemma, POS, chunk tag, as AnatEM
 * ships them): tags in the first column, the word's offsets in the second and third (see
 * `offsetsBeforeToken`), each word starting at or after the one before it in its document.
 */
function isNersuite(rows: readonly ConllRow[], documents: readonly ConllDocument[]): boolean {
  if (!offsetsBeforeToken(rows) || proseProblem(rows, 1, false) !== null) return false;
  let seen = 0;
  for (const doc of documents) {
    let start = 0;
    for (const s of doc.sentences)
      for (const row of s.rows) {
        if (seen++ === SAMPLE) return true;
        const next = Number(row.columns[1]);
        if (next < start) return false;
        start = next;
      }
  }
  return true;
}

/**
 * Whether the lines end in bare labels (IO: Few-NERD's `location-GPE`) beside `O`: a quarter
 * of the first lines end in `O` alone, which prose does not, and the rest in few distinct
 * labels (a tag set, not the words of a text).
 */
function outsideAmongBareLabels(rows: readonly ConllRow[]): boolean {
  let seen = 0;
  let outside = 0;
  const labels = new Set<string>();
  for (const row of rows) {
    if (seen === SAMPLE) break;
    if (row.columns.length < 2) continue;
    seen++;
    const last = row.columns[row.columns.length - 1] ?? '';
    if (last === 'O') outside++;
    else if (parseTag(last)?.prefix === '') labels.add(last);
  }
  return seen > 0 && outside * 4 >= seen && labels.size <= Math.max(BARE_LABELS, seen / 10);
}

/** Distinct bare labels a file may use and still be read as IO without `--scheme io` (Few-NERD has 66). */
const BARE_LABELS = 200;

/** Why a file is prose, not tokens tagged one per line: most of its first lines do not end in a tag. */
function proseProblem(
  rows: readonly ConllRow[],
  tagColumn: number | undefined,
  bareLabels: boolean,
): LineProblem | null {
  let seen = 0;
  let tagged = 0;
  let first: ConllRow | null = null;
  for (const row of rows) {
    if (seen === SAMPLE) break;
    seen++;
    first ??= row;
    const last = row.columns[(tagColumn ?? row.columns.length) - 1] ?? '';
    const tag = row.columns.length > 1 ? parseTag(last) : null;
    if (tag && (bareLabels || tag.prefix !== '')) tagged++;
  }
  if (first === null || tagged * 2 >= seen) return null;
  return {
    line: first.line,
    reason: `does not look like CoNLL / IOB: ${seen - tagged} of its first ${seen} lines do not end in a tag such as O or B-ORG (a line is a token, other columns, and its tag); if it is plain text, import it with --format txt`,
  };
}

/**
 * The one column between the first and the last that holds the tags (1-based), when the last
 * does not: UNER's `1<TAB>Al<TAB>B-ORG<TAB>-<TAB>-`. Several such columns are a problem that
 * names them; none, undefined (the file is prose, as the last column said).
 */
function insideTagColumn(
  rows: readonly ConllRow[],
  bareLabels: boolean,
): number | LineProblem | undefined {
  // The fewest columns of the lines looked at: a column past them holds no tag of every line,
  // and a line of a million columns (damage) is not walked a million times.
  let width = Infinity;
  for (let r = 0; r < rows.length && r < SAMPLE; r++)
    width = Math.min(width, rows[r]?.columns.length ?? 0);
  if (!Number.isFinite(width)) return undefined;
  const found: number[] = [];
  for (let c = 2; c < width; c++)
    if (proseProblem(rows, c, bareLabels) === null && holdsEntityTag(rows, c)) found.push(c);
  if (found.length < 2) return found[0];
  return {
    reason: `its last column holds no tags, but columns ${found.join(' and ')} do: pass --tag-column ${found.join(' or --tag-column ')} to say which to read`,
  };
}

/** Whether some row has a tag other than O in column `column` (1-based) of the first lines. */
function holdsEntityTag(rows: readonly ConllRow[], column: number): boolean {
  for (let r = 0; r < rows.length && r < SAMPLE; r++) {
    const tag = parseTag(rows[r]?.columns[column - 1] ?? '');
    if (tag && tag.prefix !== 'O') return true;
  }
  return false;
}

/**
 * Whether the first column numbers the tokens of each sentence, every sentence from 1
 * (GermEval 2014, CoNLL-U) or every one from 0 (WikiNEuRal), and there are columns after the token.
 */
function numbersTokens(rows: readonly ConllRow[], documents: readonly ConllDocument[]): boolean {
  if ((rows[0]?.columns.length ?? 0) < 3) return false;
  const from = rows[0]?.columns[0] === '0' ? 0 : 1;
  for (const doc of documents)
    for (const s of doc.sentences)
      for (const [i, row] of s.rows.entries())
        if (row.columns[0] !== String(i + from)) return false;
  return true;
}
