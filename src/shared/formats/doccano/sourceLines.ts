/**
 * A file cut at the lines its records start on: what comes before the first (a CSV header),
 * and each record's text as it was, up to the next record's first line (its line end and any
 * blank lines after it kept), so records written back unchanged give back the file's bytes.
 * Rows left out (`skipped`, the lines they start on) stay in the text of the record before
 * them, and in its `tails` entry too (from the first of them on), so a record written anew
 * keeps them after it. `lines` and `skipped` are 1-based and ascending.
 * @example recordSlices('text,label\nA,x\n\nB,y', [2, 4]) → { head: 'text,label\n', slices: ['A,x\n\n', 'B,y'], tails: ['', ''] }
 */
export function recordSlices(
  content: string,
  lines: readonly number[],
  skipped: readonly number[] = [],
): { head: string; slices: string[]; tails: string[] } {
  const starts = [0];
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = (line: number | undefined) =>
    line === undefined ? content.length : (starts[line - 1] ?? content.length);
  let s = 0;
  const tails = lines.map((line, i) => {
    const next = lines[i + 1];
    while (s < skipped.length && (skipped[s] ?? 0) <= line) s++;
    const left = skipped[s];
    return left === undefined || (next !== undefined && left > next)
      ? ''
      : content.slice(at(left), at(next));
  });
  return {
    head: content.slice(0, at(lines[0])),
    slices: lines.map((line, i) => content.slice(at(line), at(lines[i + 1]))),
    tails,
  };
}
