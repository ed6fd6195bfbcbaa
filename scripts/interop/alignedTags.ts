/**
 * The token lines of a CoNLL / IOB file as columns, without `-DOCSTART-` and `#` comment lines
 * (a `#` line with the columns of the token rows before it is the token `#`),
 * with one empty row between sentences: two files of the same tokens line up row by row.
 * @example tokenRows('-DOCSTART- O\n\nEU B-ORG\n\nIraq O\n') → [['EU', 'B-ORG'], [], ['Iraq', 'O']]
 */
export function tokenRows(content: string): string[][] {
  const rows: string[][] = [];
  let width = 0; // columns of the last token row
  for (const line of content.split('\n')) {
    const columns = line.trim().split(/[ \t]+/);
    if (columns[0] === '-DOCSTART-') continue;
    // A comment, unless it has the columns of the token rows (the token `#` written first).
    if (line.startsWith('#') && columns.length !== width) continue;
    if (line.trim() === '') {
      if (rows.length > 0 && (rows.at(-1)?.length ?? 0) > 0) rows.push([]);
      continue;
    }
    rows.push(columns);
    width = columns.length;
  }
  if (rows.at(-1)?.length === 0) rows.pop();
  return rows;
}

/**
 * conlleval.pl's input from two files of the same tokens: `token gold guess`, the gold tag from
 * column `gold` of `a` and the guessed one from column `guess` of `b` (negative: from the end).
 * Null when the files do not line up (another count of token rows).
 * @example alignedTags('EU B-ORG\n', -1, 'EU -X- _ B-ORG\n', -1) === 'EU B-ORG B-ORG'
 */
export function alignedTags(a: string, gold: number, b: string, guess: number): string | null {
  const left = tokenRows(a);
  const right = tokenRows(b);
  if (left.length !== right.length) return null;
  return left
    .map((row, i) => (row.length === 0 ? '' : `${row[0]} ${row.at(gold)} ${right[i]?.at(guess)}`))
    .join('\n');
}
